import { describe, expect, it } from '@jest/globals'
import { commentSyntaxOf, diffShape, readDiffShape } from '../src/classify/diff/comments.js'
import { parsePatch } from '../src/classify/diff/patch.js'

function patch(...lines: string[]): string {
  return `@@ -1,${lines.length} +1,${lines.length} @@\n${lines.join('\n')}`
}

describe('classify comments', () => {
  it('reads // and /* */ comment edits in C-like languages as comment-only', () => {
    expect(diffShape('src/a.ts', patch('-// old', '+// new', ' const x = 1'))).toBe('comment-only')
    expect(
      diffShape('src/a.java', patch(' /**', '- * Old.', '+ * New wording.', '  */', ' class A {}'))
    ).toBe('comment-only')
    expect(diffShape('src/a.go', patch('+// Get returns the entry.', ' func Get() {}'))).toBe(
      'comment-only'
    )
    expect(diffShape('src/a.rs', patch('+/// Parses a diff.', ' pub fn parse() {}'))).toBe(
      'comment-only'
    )
  })

  it('reads a trailing comment edit as comment-only and a code edit as code', () => {
    expect(diffShape('a.ts', patch('-const x = 1 // one', '+const x = 1 // the first'))).toBe(
      'comment-only'
    )
    expect(diffShape('a.ts', patch('-const x = 1', '+const x = 2'))).toBe('code')
    expect(diffShape('a.ts', patch('-const x = 1', '+// explain', '+const x = 2'))).toBe('code')
  })

  it('does not take comment markers inside strings for comments', () => {
    expect(diffShape('a.ts', patch("-const url = 'http://a'", "+const url = 'http://b'"))).toBe(
      'code'
    )
    expect(diffShape('a.py', patch('-x = "# not a comment"', '+x = "# still not"'))).toBe('code')
    // An escaped quote does not end the string, so the marker after it is still inside it.
    expect(
      diffShape('a.ts', patch('-const s = "a \\" // b" // one', '+const s = "a \\" // c" // two'))
    ).toBe('code')
    expect(
      diffShape('a.ts', patch('-const s = "a \\\\" // one', '+const s = "a \\\\" // two'))
    ).toBe('comment-only')
  })

  it('reads an edit inside a block comment whose start is above the hunk', () => {
    expect(
      diffShape('a.c', patch('  * Splits input.', '- * Old.', '+ * New.', '  */', ' int f(void);'))
    ).toBe('comment-only')
    expect(
      diffShape('a.css', patch('   color: red;', '-  old note */', '+  new note */', ' }'))
    ).toBe('comment-only')
  })

  it('reads # comments and Python docstrings', () => {
    expect(diffShape('a.py', patch('+    # why this is so', '     return x'))).toBe('comment-only')
    expect(
      diffShape(
        'a.py',
        patch('     """', '-    Old summary.', '+    New summary.', '     """', '     return x')
      )
    ).toBe('comment-only')
    expect(
      diffShape(
        'a.py',
        patch('     usage text', '-    >>> f(1)', '+    >>> f(2)', '     """', '     return 1')
      )
    ).toBe('comment-only')
    expect(
      diffShape('a.py', patch('-    query = """SELECT 1"""', '+    query = """SELECT 2"""'))
    ).toBe('code')
  })

  it('reads shell and YAML comments, where # needs a space before it', () => {
    expect(diffShape('scripts/a.sh', patch('+# Build once.', ' docker build .'))).toBe(
      'comment-only'
    )
    expect(
      diffShape('.github/workflows/a.yml', patch('+    # Runs weekly.', "     - cron: '0 6 * * 1'"))
    ).toBe('comment-only')
    expect(diffShape('a.sh', patch('-echo ${#x}', '+echo ${#y}'))).toBe('code')
  })

  it('reads -- comments in SQL, Lua and Haskell', () => {
    expect(
      diffShape('a.sql', patch('+-- Serves the weekly query.', ' CREATE INDEX i ON t (a);'))
    ).toBe('comment-only')
    expect(diffShape('a.lua', patch('-  --[[ old ]]', '+  --[[ new ]]', '  return 1'))).toBe(
      'comment-only'
    )
    expect(diffShape('a.hs', patch('-{- old -}', '+{- new -}', 'main = pure ()'))).toBe(
      'comment-only'
    )
  })

  it('tells whitespace-only edits apart from comment edits', () => {
    expect(diffShape('a.ts', patch('-const a = {x:1}', '+const a = { x: 1 }'))).toBe(
      'whitespace-only'
    )
    expect(diffShape('.prettierrc.json', patch('-    "semi": false', '+  "semi": false'))).toBe(
      'whitespace-only'
    )
  })

  it('takes whitespace as JavaScript does: Unicode spaces and a BOM, not a zero-width space', () => {
    for (const space of ['\t', '\v', '\f', '\u00a0', '\u2003', '\u3000', '\ufeff'])
      expect(diffShape('a.ts', patch('-const a=1', `+const${space}a = 1${space}`))).toBe(
        'whitespace-only'
      )
    expect(diffShape('a.ts', patch('-const a=1', '+const a=1\u200b'))).toBe('code')
    expect(diffShape('a.ts', patch('-const a=1 // x', '+const a=1 //  x\r'))).toBe(
      'whitespace-only'
    )
    expect(diffShape('a.ts', patch('-const a=1', '+const a=1', '+;'))).toBe('code')
  })

  it('parses hunks line by line as split(/\\r?\\n/) would, CRLF and a lone CR included', () => {
    const text = [
      'stray before the first hunk',
      '@@ -1,3 +1,3 @@ function f() {\r',
      ' same\r',
      '-old',
      '+new\rstill new',
      '\\ No newline at end of file',
      '',
      '@@@ not a header',
      '@@ -9 +9 @@',
      '+last\r'
    ].join('\n')
    expect(parsePatch(text)).toEqual([
      {
        header: 'function f() {',
        lines: [
          { kind: ' ', text: 'same' },
          { kind: '-', text: 'old' },
          { kind: '+', text: 'new\rstill new' },
          { kind: ' ', text: '' }
        ]
      },
      { header: '', lines: [{ kind: '+', text: 'last\r' }] }
    ])
    expect(parsePatch('@@ -1 +1 @@\n+x\n')).toEqual([
      {
        header: '',
        lines: [
          { kind: '+', text: 'x' },
          { kind: ' ', text: '' }
        ]
      }
    ])
  })

  it('says whether a tool directive was read, the one case where directives change the shape', () => {
    const lineDirective = patch('+// eslint-disable-next-line no-console', ' console.log(1)')
    expect(readDiffShape('a.ts', lineDirective, 'comment')).toEqual({
      shape: 'comment-only',
      metDirective: true
    })
    expect(readDiffShape('a.ts', lineDirective, 'code')).toEqual({
      shape: 'code',
      metDirective: true
    })
    const blockDirective = patch('-/* eslint-disable */ f()', '+/* eslint-disable */  f()')
    expect(readDiffShape('a.ts', blockDirective, 'comment').metDirective).toBe(true)
    for (const directives of ['comment', 'code'] as const) {
      expect(readDiffShape('a.ts', patch('+// why', ' f()'), directives)).toEqual({
        shape: 'comment-only',
        metDirective: false
      })
      expect(readDiffShape('a.py', patch('-x = 1', '+x = 2  # noqa'), directives)).toEqual({
        shape: 'code',
        metDirective: true
      })
    }
  })

  it('knows nothing about unknown languages or missing patches', () => {
    expect(commentSyntaxOf('LICENSE')).toBeUndefined()
    expect(diffShape('LICENSE', patch('-a', '+b'))).toBeUndefined()
    expect(diffShape('a.ts', undefined)).toBeUndefined()
    expect(commentSyntaxOf('build/Dockerfile')?.line).toEqual(['#'])
    expect(commentSyntaxOf('Makefile')?.line).toEqual(['#'])
  })
})
