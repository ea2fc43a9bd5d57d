import { describe, expect, it } from '@jest/globals'
import { classifyCommit, patchedFile, sizedFile } from './support/commits.js'

// Check settings where the first draw of real commits showed them missed: a setting changed
// inside a Gradle check plugin's block, whose first line alone names the check.

describe('settings inside a Gradle check block', () => {
  it('counts a setting added inside the lint block as patterns, wherever the block sits', () => {
    const nested = classifyCommit('Also log lint results to stdout', [
      patchedFile(
        'sample/build.gradle',
        [
          '@@ -17,8 +17,10 @@ android {',
          "     versionName '1.0.0'",
          '   }',
          ' ',
          '   lintOptions {',
          '+    textReport true',
          "+    textOutput 'stdout'",
          "     ignore 'InvalidPackage'",
          '   }',
          ' }'
        ].join('\n')
      )
    ])
    expect(nested.categories).toEqual(['patterns'])
    // The hunk starts inside the block: git names it in the hunk header.
    const inside = classifyCommit('Report lint as text', [
      patchedFile(
        'app/build.gradle',
        "@@ -31,2 +31,3 @@ lintOptions {\n   ignore 'InvalidPackage'\n+  textReport true\n }"
      )
    ])
    expect(inside.categories).toEqual(['patterns'])
  })

  it('reads the same lines in a block that configures no check, or after the check block closed, as build work', () => {
    const release = classifyCommit('Shrink the release build', [
      patchedFile(
        'app/build.gradle',
        [
          '@@ -17,8 +17,10 @@ android {',
          "     versionName '1.0.0'",
          '   }',
          ' ',
          '   buildTypes {',
          '+    minifyEnabled true',
          "+    proguardFiles 'proguard-rules.pro'",
          '   }',
          ' }'
        ].join('\n')
      )
    ])
    expect(release.categories).toEqual([])
    const afterLint = classifyCommit('Shrink the release build', [
      patchedFile(
        'app/build.gradle',
        [
          '@@ -17,8 +17,10 @@ android {',
          '   lintOptions {',
          "     ignore 'InvalidPackage'",
          '   }',
          '   buildTypes {',
          '+    minifyEnabled true',
          "+    proguardFiles 'proguard-rules.pro'",
          '   }',
          ' }'
        ].join('\n')
      )
    ])
    expect(afterLint.categories).toEqual([])
  })

  it('reads a check block moved as it stands as no changed setting', () => {
    const moved = classifyCommit('Move the lint options up', [
      patchedFile(
        'app/build.gradle',
        [
          '@@ -17,8 +17,8 @@ android {',
          '-  android {',
          '-    lintOptions {',
          "-      ignore 'InvalidPackage'",
          '-    }',
          '+  lintOptions {',
          "+    ignore 'InvalidPackage'",
          '   }',
          '+  compileSdkVersion 30',
          ' }'
        ].join('\n')
      )
    ])
    expect(moved.categories).toEqual([])
  })
})

describe('a formatter pinned beside its reformat', () => {
  const reformat = ['httpx/_api.py', 'httpx/_client.py', 'tests/test_utils.py'].map(path =>
    patchedFile(
      path,
      '@@ -40,4 +40,4 @@ def request(\n-    return request("GET", url, params=params,)\n+    return request("GET", url, params=params)\n-    headers = {"Accept": "*/*",}\n+    headers = {"Accept": "*/*"}'
    )
  )
  const requirements = (removed: string, added: string) =>
    patchedFile(
      'requirements.txt',
      `@@ -14,4 +14,4 @@ wheel\n # Tests & Linting\n autoflake\n-${removed}\n+${added}\n cryptography`
    )

  it('counts black pinned to a new version, with the code it reformats, as patterns', () => {
    const result = classifyCommit('Use and pin black 20 (#1229)', [
      requirements('black', 'black==20.8b1'),
      ...reformat
    ])
    expect(result.categories).toEqual(['patterns'])
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ signal: 'config:gate-upgraded', file: 'requirements.txt' })
    )
  })

  it('takes another requirement pinned beside a reformat, or a title that names no formatter, as output', () => {
    const other = classifyCommit('Use and pin black 20 (#1229)', [
      requirements('httpcore', 'httpcore==0.10.2'),
      ...reformat
    ])
    expect(other.categories).toEqual([])
    const unnamed = classifyCommit('Pin the test requirements', [
      requirements('black', 'black==20.8b1'),
      ...reformat
    ])
    expect(unnamed.categories).toEqual([])
    const colour = classifyCommit('Render the focus ring in black', reformat)
    expect(colour.reasons).not.toContainEqual(
      expect.objectContaining({ signal: 'message:patterns-keyword' })
    )
  })
})

describe('tsconfig options that check code, and those that only shape the emitted code', () => {
  const tsconfig = (option: string) =>
    patchedFile(
      'tsconfig.json',
      `@@ -2,6 +2,5 @@\n \t"extends": "@sindresorhus/tsconfig",\n \t"compilerOptions": {\n \t\t"target": "ES2019",\n-\t\t${option},\n \t\t"module": "ES2020"\n \t},`
    )

  it('counts a type-check option dropped as a changed standard', () => {
    expect(
      classifyCommit('Use the shared compiler options', [tsconfig('"strict": false')]).categories
    ).toEqual(['patterns'])
  })

  it('reads how class fields are emitted as a language setting, not a check', () => {
    expect(
      classifyCommit('Use the shared compiler options', [
        tsconfig('"useDefineForClassFields": false')
      ]).categories
    ).toEqual([])
  })
})

describe('a checklist item of a template rewritten in place', () => {
  const question = (removed: string, added: string) =>
    classifyCommit('Tweak Question issue template (#988)', [
      patchedFile(
        '.github/ISSUE_TEMPLATE/1-question.md',
        `@@ -10,4 +10,4 @@ about: Ask a question\n - [ ] I looked through similar issues on GitHub, but didn't find anything.\n-${removed}\n+${added}\n \n ### Question`
      )
    ])

  it('counts a clause dropped from what the template asks as a changed standard', () => {
    expect(
      question(
        "- [ ] I asked the community chat for help but didn't get an answer.",
        '- [ ] I asked the community chat for help.'
      ).categories
    ).toEqual(['patterns'])
  })

  it('takes a misspelt word corrected in the item for upkeep', () => {
    expect(
      question(
        "- [ ] I searched the documenation but couldn't find it.",
        "- [ ] I searched the documentation but couldn't find it."
      ).categories
    ).toEqual([])
  })
})

describe("a command-line tool's help text", () => {
  const extended = [
    "@@ -258,7 +258,8 @@ fn usage() -> HashMap<&'static str, Help> {",
    '     doc!(h, "path-separator"',
    '         , "Set the path separator to use when printing file paths."',
    '-        , "Set the path separator to use when printing file paths.");',
    '+        , "Set the path separator to use when printing file paths. The default is the \\',
    "+           separator of the platform ('/' on Unix, '\\\\' on Windows).\");",
    '     doc!(h, "follow"'
  ].join('\n')
  const newFlag = [
    "@@ -513,3 +513,8 @@ pub fn build_app() -> App<'static, 'static> {",
    '         .arg(arg("follow").long("follow").short("L"))',
    '+        .arg(',
    '+            arg("max-depth").long("max-depth").short("d").takes_value(true).help(',
    '+                "Set the maximum search depth, which is unlimited by default",',
    '+            ),',
    '+        )'
  ].join('\n')

  it('counts the prose of help strings extended as documentation, under a title about the help text', () => {
    const result = classifyCommit('Extend help text', [patchedFile('src/app.rs', extended)])
    expect(result.categories).toEqual(['documentation'])
    const python = classifyCommit('Reword the --help output of --since', [
      patchedFile(
        'cli/main.py',
        '@@ -40,3 +40,3 @@ def parser():\n     parser.add_argument(\n         "--since",\n-        help="Only commits after this date.",\n+        help="Only count commits made after this date (YYYY-MM-DD), in UTC.",\n     )'
      )
    ])
    expect(python.categories).toEqual(['documentation'])
  })

  it('takes a new flag with its help, a misspelt word, or an unhinted title for product work', () => {
    expect(
      classifyCommit('Add --max-depth (help text included)', [patchedFile('src/app.rs', newFlag)])
        .categories
    ).toEqual([])
    const typo = classifyCommit('Fix help text', [
      patchedFile(
        'src/app.rs',
        '@@ -3,2 +3,2 @@ fn usage() {\n     doc!(h, "follow"\n-        , "Follow symbolic lnks");\n+        , "Follow symbolic links");'
      )
    ])
    expect(typo.categories).toEqual([])
    expect(
      classifyCommit('Print the separator the platform uses', [patchedFile('src/app.rs', extended)])
        .categories
    ).toEqual([])
  })
})

describe("a check's fixing script", () => {
  const scripts = (lines: string[]) =>
    patchedFile(
      'package.json',
      [
        '@@ -20,4 +20,4 @@',
        '     "test:node": "jest --config ./runtime_tests/node/jest.config.js",',
        ...lines,
        '     "build": "rimraf dist && tsx ./build.ts"'
      ].join('\n')
    )

  it('follows its check when both are made to cover one more folder: the standard, not a new chore', () => {
    const result = classifyCommit('fix lint (#1313)', [
      scripts([
        '-    "lint": "eslint --ext js,ts src .eslintrc.cjs",',
        '-    "lint:fix": "eslint --ext js,ts src .eslintrc.cjs --fix",',
        '+    "lint": "eslint --ext js,ts src runtime_tests .eslintrc.cjs",',
        '+    "lint:fix": "eslint --ext js,ts src runtime_tests .eslintrc.cjs --fix",'
      ])
    ])
    expect(result.categories).toEqual(['patterns'])
  })

  it('is a chore automated when it changes on its own', () => {
    const result = classifyCommit('fix lint (#1313)', [
      scripts([
        '-    "lint:fix": "eslint --ext js,ts src .eslintrc.cjs --fix",',
        '+    "lint:fix": "eslint --ext js,ts src runtime_tests .eslintrc.cjs --fix",'
      ])
    ])
    expect(result.categories).toContain('automation')
  })
})

describe('a contributing guide rewritten beside other standards documents', () => {
  const guide = sizedFile('CONTRIBUTING.md', 20, 0)
  const tox = sizedFile('tox.ini', 3, 3)

  it('is documentation beside a new code of conduct: prose people read is no feature it documents', () => {
    const result = classifyCommit('Repo janitoring', [
      guide,
      sizedFile('CODE_OF_CONDUCT.md', 37, 0, { status: 'added' }),
      tox
    ])
    expect(result.categories).toEqual(['documentation', 'patterns'])
  })

  it('is the docs of a feature shipped beside it, as large as the code of conduct', () => {
    const result = classifyCommit('Repo janitoring', [
      guide,
      sizedFile('src/attr/_make.py', 37, 0),
      tox
    ])
    expect(result.categories).toEqual(['patterns'])
  })
})
