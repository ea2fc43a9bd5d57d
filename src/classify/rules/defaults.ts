import { gateFiles, gateTitleWords } from './quality-gates.js'
import type { PathRule, Ruleset } from './ruleset.js'

// The default ruleset: the categories' table and the labelling RUBRIC turned into globs. Globs are
// picomatch, matched case-insensitively against the repository-relative path with dotfiles
// included. A file may match rules of several categories (an ADR is documentation and patterns).

const ADR: PathRule = {
  id: 'adr',
  globs: ['**/adr/**', '**/adrs/**', '**/decisions/**', '**/*-adr-*.md', '**/adr-*.md'],
  detail: 'architecture decision record'
}

const CONTRIBUTING: PathRule = {
  id: 'contributing',
  globs: [
    '**/{CONTRIBUTING,CONTRIBUTORS_GUIDE,DEVELOPING,DEVELOPMENT,HACKING}{,.md,.markdown,.rst,.txt,.adoc}'
  ],
  detail: 'contribution guide'
}

const STYLE_GUIDE: PathRule = {
  id: 'style-guide',
  globs: [
    '**/{STYLEGUIDE,STYLE_GUIDE,STYLE-GUIDE,STYLE,CONVENTIONS,CODING_STANDARDS,CODING-STANDARDS}{,.md,.markdown,.rst,.txt,.adoc}',
    '**/styleguide/**',
    '**/style-guide/**'
  ],
  detail: 'style guide or coding conventions'
}

const COMMUNITY_STANDARDS: PathRule = {
  id: 'community-standards',
  globs: [
    '**/{SECURITY,CODE_OF_CONDUCT,CODE-OF-CONDUCT,SUPPORT,GOVERNANCE}{,.md,.markdown,.rst,.txt,.adoc}'
  ],
  detail: 'security policy or community standards'
}

export const DEFAULT_RULESET: Ruleset = {
  categories: {
    documentation: {
      paths: [
        { id: 'readme', globs: ['**/README{,.*}', '**/READ_ME{,.*}'], detail: 'README' },
        {
          id: 'doc-site-config',
          globs: [
            '**/mkdocs.yml',
            '**/mkdocs.yaml',
            '**/docusaurus.config.*',
            '**/sidebars.{js,ts}',
            '**/.readthedocs.{yml,yaml}',
            '**/readthedocs.{yml,yaml}',
            '**/book.toml',
            '**/antora.yml',
            '**/typedoc.json',
            '**/.vitepress/**',
            '**/conf.py',
            '**/Doxyfile',
            '**/.jsdoc.json',
            '**/jsdoc.json'
          ],
          detail: 'documentation site configuration'
        },
        {
          id: 'docs-dir',
          globs: ['**/docs/**', '**/doc/**', '**/documentation/**', 'website/**', '**/man/**'],
          detail: 'documentation folder',
          kind: 'docs-folder'
        },
        ADR,
        CONTRIBUTING,
        STYLE_GUIDE,
        {
          id: 'runbook',
          globs: ['**/runbooks/**', '**/runbook*.{md,rst,adoc,txt}'],
          detail: 'runbook'
        },
        {
          id: 'examples',
          globs: ['examples/**', 'example/**', '**/examples/**', '**/samples/**', '**/sample/**'],
          detail: 'examples written to teach usage',
          kind: 'examples'
        },
        {
          id: 'docs-markup',
          globs: ['**/*.md', '**/*.mdx', '**/*.rst', '**/*.adoc', '**/*.asciidoc', '**/*.textile'],
          detail: 'prose guide (markup file)',
          fallback: true
        }
      ],
      labels: ['documentation', 'docs', 'doc', 'type: docs', 'type/docs', 'kind/documentation'],
      messages: [
        '^docs?(\\([^)]*\\))?!?:',
        '\\b(docs?|documentation|documents?|documented|docstrings?|readme|explain|explains)\\b'
      ]
    },
    automation: {
      paths: [
        {
          id: 'ci-workflows',
          globs: ['.github/workflows/**', '.github/actions/**', '.github/workflow-templates/**'],
          detail: 'GitHub Actions workflow'
        },
        {
          id: 'ci-config',
          globs: [
            '.gitlab-ci.yml',
            '.gitlab/ci/**',
            '.circleci/**',
            '**/Jenkinsfile*',
            '**/azure-pipelines*.{yml,yaml}',
            '.azure-pipelines/**',
            '.azure/**',
            '.travis.yml',
            '.cirrus.yml',
            '.buildkite/**',
            '{.,}appveyor.yml',
            'bitbucket-pipelines.yml',
            '.drone.yml',
            '.woodpecker.yml',
            '.woodpecker/**',
            'cloudbuild.{yml,yaml}',
            '.teamcity/**',
            'codecov.yml',
            '.codecov.yml',
            '**/.coveragerc{,.toml}',
            '**/.nycrc{,.json,.yml,.yaml}',
            '**/.c8rc{,.json}'
          ],
          detail: 'CI/CD pipeline configuration'
        },
        {
          id: 'bot-config',
          globs: [
            '.github/dependabot.{yml,yaml}',
            '**/renovate.json*',
            '**/.renovaterc*',
            '.mergify.yml',
            '.github/mergify.yml',
            '.github/stale.yml',
            '.github/labeler.yml',
            '.github/release-drafter.yml',
            '.github/auto_assign.yml',
            '.github/auto-assign.yml',
            '.github/lock.yml',
            '.kodiak.toml',
            '.github/kodiak.toml',
            '.github/settings.yml',
            '.github/boring-cyborg.yml'
          ],
          detail: 'bot configuration (dependabot, renovate, mergify, stale, labeler, ...)'
        },
        {
          id: 'release-tooling',
          globs: [
            '**/.goreleaser.{yml,yaml}',
            '**/.releaserc*',
            '**/release.config.*',
            '**/release-please-config.json',
            '**/dist-workspace.toml',
            '.changeset/config.json',
            '**/.versionrc*',
            '**/cliff.toml'
          ],
          detail: 'release tooling configuration'
        },
        {
          id: 'scripts',
          globs: [
            'scripts/**',
            'script/**',
            'tools/**',
            'hack/**',
            'ci/**',
            '.ci/**',
            '**/scripts/**',
            '**/*.{sh,bash}',
            '**/internal/build/**',
            '**/build-logic/**',
            '**/buildSrc/**',
            '**/*.{cake,ps1,psm1}',
            '**/gradle/**/*.gradle{,.kts}',
            '**/benchmarks/*.{sh,bash,mjs,mts}',
            '**/benchmarks/*/*.{sh,bash}'
          ],
          detail: 'scripts and tools that automate chores'
        },
        {
          id: 'task-runner',
          globs: [
            '**/Makefile',
            '**/GNUmakefile',
            '**/*.mk',
            '**/justfile',
            '**/.justfile',
            '**/Taskfile.{yml,yaml}',
            '**/noxfile.py',
            '**/tox.ini',
            '**/Rakefile',
            '**/Gruntfile.*',
            '**/gulpfile.*',
            '**/magefile.go',
            '**/Earthfile'
          ],
          detail: 'task runner'
        },
        {
          id: 'git-hooks',
          globs: [
            '**/.pre-commit-config.{yml,yaml}',
            '**/pre-commit*.{yml,yaml}',
            '**/.pre-commit-hooks.{yml,yaml}',
            '.husky/**',
            '.githooks/**',
            '**/lefthook.{yml,yaml}',
            '**/.lefthook.{yml,yaml}',
            '**/.lintstagedrc*',
            '**/lint-staged.config.*'
          ],
          detail: 'git hooks / pre-commit configuration'
        },
        {
          id: 'dev-environment',
          globs: [
            '.devcontainer/**',
            '**/.devcontainer.json',
            '**/docker-compose*.{yml,yaml}',
            '**/compose.{yml,yaml}',
            '**/compose.*.{yml,yaml}',
            '**/Dockerfile.{dev,ci,test}',
            '**/*.{dev,ci}.Dockerfile',
            '**/shell.nix',
            '**/flake.nix',
            '**/devenv.nix',
            '**/Vagrantfile',
            '.gitpod.yml',
            '.gitpod.Dockerfile',
            '**/.envrc'
          ],
          detail: 'development environment setup'
        },
        {
          id: 'generators',
          globs: [
            '**/codegen/**',
            '**/generators/**',
            '**/plopfile.*',
            '**/hygen/**',
            '**/_templates/**',
            '**/*-generator/**',
            '**/*_generator/**',
            '**/generator/**'
          ],
          detail: 'code generator'
        }
      ],
      labels: [
        'ci',
        'ci/cd',
        'automation',
        'github-actions',
        'github_actions',
        'build',
        'infra',
        'tooling',
        'type: ci',
        'area/ci'
      ],
      messages: [
        '^(ci|build)(\\([^)]*\\))?!?:',
        '\\b(ci|workflows?|pipelines?|github actions|pre-commit|automate|automates|automation)\\b'
      ]
    },
    patterns: {
      paths: [
        {
          id: 'lint-config',
          // Every quality gate's own config file (quality-gates.ts): a new tool is a row there.
          globs: gateFiles(),
          detail: 'lint, format or type-check configuration',
          kind: 'lint-config'
        },
        {
          id: 'editorconfig',
          globs: gateFiles(['editor-conventions']),
          detail: 'editor conventions',
          kind: 'lint-config'
        },
        {
          id: 'tsconfig-base',
          globs: [
            'tsconfig.json',
            'tsconfig.*.json',
            '**/tsconfig.base.json',
            '**/tsconfig.shared.json'
          ],
          detail: 'shared TypeScript compiler options',
          kind: 'typescript-config'
        },
        {
          id: 'codeowners',
          globs: ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'],
          detail: 'code ownership rules'
        },
        {
          id: 'templates',
          globs: [
            '**/PULL_REQUEST_TEMPLATE*',
            '**/PULL_REQUEST_TEMPLATE/**',
            '**/ISSUE_TEMPLATE*',
            '**/ISSUE_TEMPLATE/**',
            '.gitlab/merge_request_templates/**',
            '.gitlab/issue_templates/**',
            '.github/DISCUSSION_TEMPLATE/**'
          ],
          detail: 'pull-request or issue template',
          kind: 'template'
        },
        { ...CONTRIBUTING, kind: 'standards-document' },
        { ...STYLE_GUIDE, kind: 'standards-document' },
        ADR,
        { ...COMMUNITY_STANDARDS, kind: 'standards-document' },
        {
          id: 'scaffolding',
          globs: [
            '**/cookiecutter.json',
            '**/{{cookiecutter*}}/**',
            '**/scaffold/**',
            '**/scaffolds/**',
            '**/scaffolding/**',
            '**/project-template/**',
            '**/blueprints/**',
            '**/archetype-resources/**'
          ],
          detail: 'project template or scaffolding'
        }
      ],
      labels: ['patterns', 'architecture', 'code-style', 'style', 'lint', 'linting', 'standards'],
      messages: [
        '^style(\\([^)]*\\))?!?:',
        '\\b(lint|linter|linting|lints|codeowners|lint rules?|check rules?|static analysis|code style|coding style|formatter|reformat\\w*)\\b',
        `\\b(${gateTitleWords()})\\b`
      ]
    }
  },
  exclude: [
    {
      id: 'lockfile',
      globs: [
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/bun.lock{,b}',
        '**/Cargo.lock',
        '**/poetry.lock',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/pdm.lock',
        '**/go.sum',
        '**/go.work.sum',
        '**/Gemfile.lock',
        '**/composer.lock',
        '**/mix.lock',
        '**/pubspec.lock',
        '**/Podfile.lock',
        '**/Package.resolved',
        '**/packages.lock.json',
        '**/flake.lock',
        '**/gradle.lockfile',
        '**/*.lockfile',
        '**/deno.lock',
        '**/conda-lock.yml'
      ],
      detail: 'lock file (generated by the package manager)',
      kind: 'generated'
    },
    {
      id: 'bundle',
      // Only a root build/ folder: a nested one holding source (Go's internal/build, a build
      // package) is tooling, and build output below a module is rarely committed.
      globs: ['dist/**', 'build/**', '**/dist/**', '**/deno_dist/**', '**/*.bundle.js', '**/*.map'],
      detail: 'built bundle or build output',
      kind: 'generated'
    },
    {
      id: 'vendored',
      globs: [
        '**/vendor/**',
        '**/_vendor/**',
        '**/third_party/**',
        '**/third-party/**',
        '**/thirdparty/**',
        '**/3rdparty/**',
        '**/3rd_party/**',
        '**/3rd-party/**',
        '**/node_modules/**',
        '**/bower_components/**'
      ],
      detail: 'vendored third-party code',
      kind: 'vendored'
    },
    {
      id: 'credits',
      // Who contributed or sponsors: thanks, not documentation of the system.
      globs: [
        '**/{AUTHORS,CONTRIBUTORS,THANKS,BACKERS,SPONSORS,MAINTAINERS_LIST,CREDITS}{,.md,.txt,.rst}',
        '**/.mailmap',
        '.github/FUNDING.yml',
        // A generated picture of contributors' avatars (contributors-img, all-contributors).
        '**/{avatars,contributors,sponsors,backers}.{png,svg,jpg,jpeg,webp}'
      ],
      detail: 'credits or sponsor list (thanks, not documentation)'
    },
    {
      id: 'legal',
      // Licence and notice texts (a package's own, or a third-party bundle generated into it)
      // are legal text, not documentation that teaches the system.
      globs: [
        '**/{LICENSE,LICENCE,COPYING,NOTICE,UNLICENSE}{,.md,.txt,.rst,-*}',
        '**/{THIRD_PARTY_NOTICES,THIRD-PARTY-NOTICES,ThirdPartyNotices,THIRDPARTY,third_party_licenses,third-party-licenses}{,.md,.txt,.rst,.html}',
        '**/{LICENSES,licenses}/**'
      ],
      detail: 'licence or notice text (legal, not documentation)',
      kind: 'vendored'
    },
    {
      id: 'minified',
      globs: ['**/*.min.js', '**/*.min.css', '**/*.min.mjs'],
      detail: 'minified file',
      kind: 'generated'
    },
    {
      id: 'snapshot',
      globs: ['**/__snapshots__/**', '**/*.snap', '**/snapshots/**/*.snap.*'],
      detail: 'test snapshot',
      kind: 'generated'
    },
    {
      id: 'generated',
      globs: [
        '**/generated/**',
        '**/__generated__/**',
        '**/*.generated.*',
        '**/*_pb2.py',
        '**/*_pb2_grpc.py',
        '**/*.pb.go',
        // A benchmark tool's own result reports, committed for reference.
        '**/BenchmarkDotNet.Artifacts/**'
      ],
      detail: 'generated code',
      kind: 'generated'
    }
  ],
  release: {
    paths: [
      {
        id: 'changelog',
        globs: [
          '**/{CHANGELOG,CHANGES,HISTORY,NEWS,RELEASES,RELEASE_NOTES,RELEASE-NOTES,RELEASE}{,.md,.markdown,.rst,.txt,.adoc}',
          '**/*[-_]{CHANGELOG,CHANGES,HISTORY,NEWS,RELEASES,RELEASE_NOTES}{,.md,.markdown,.rst,.txt,.adoc}',
          '**/.changeset/*.md',
          '**/changelog.d/**',
          '**/changelog/**',
          // towncrier-style fragment folders and release-notes folders
          '**/{CHANGES,changes,newsfragments,news,changelog-fragments}/*.{md,rst,txt}',
          '**/{release-notes,release_notes,releasenotes}/**'
        ],
        detail: 'changelog or release notes',
        kind: 'changelog'
      },
      {
        id: 'manifest',
        globs: [
          '**/package.json',
          '**/pyproject.toml',
          '**/setup.py',
          '**/setup.cfg',
          '**/Cargo.toml',
          '**/go.mod',
          '**/go.work',
          '**/requirements*.txt',
          '**/requirements*.in',
          '**/requirements/**',
          '**/constraints*.txt',
          '**/Pipfile',
          '**/*.gemspec',
          '**/Gemfile',
          '**/pom.xml',
          '**/build.gradle{,.kts}',
          '**/gradle.properties',
          '**/libs.versions.toml',
          '**/VERSION',
          '**/version.txt',
          '**/.release-please-manifest.json',
          '**/composer.json',
          '**/pubspec.yaml',
          '**/mix.exs',
          '**/*.csproj',
          '**/Chart.yaml',
          '**/.nvmrc',
          '**/.node-version',
          '**/.python-version',
          '**/.ruby-version',
          '**/.tool-versions',
          '**/rust-toolchain{,.toml}'
        ],
        detail: 'package manifest or version file',
        kind: 'manifest'
      }
    ],
    messages: [
      '^(release|releasing|prepare release|prepare .* release)\\b',
      '\\bprepare (for |to )?(a |the )?(release|version|v?\\d)',
      '^\\[maven-release-plugin\\]',
      '\\bbump(ed)? (the )?version\\b',
      '\\brelease (v?\\d|version)',
      '^(start|bump) version\\b',
      '^v?\\d+\\.\\d+(\\.\\d+)?\\S*$',
      '\\bv?\\d+\\.\\d+\\.\\d+\\S*`?\\s+release\\b',
      '\\sv\\d+\\.\\d+\\.\\d+\\S*\\s*(\\(#\\d+\\))?$',
      '^chore\\((deps|deps-dev|release)\\)',
      '^(build|chore)\\(deps\\):',
      '^chore: release\\b',
      '\\b(bump|bumps|bumped|upgrade|upgrades|update|updates)\\b.*\\b(deps|dependencies|dependency|v\\d+(\\.\\d+)*( actions)?|to \\d+(\\.\\d+)+)\\b',
      '\\bpin (actions|dependencies)\\b'
    ],
    labels: ['dependencies', 'deps', 'release']
  },
  bots: [
    'dependabot',
    'renovate',
    'github-actions',
    'pre-commit-ci',
    'mergify',
    'greenkeeper',
    'snyk-bot',
    'allcontributors',
    'imgbot',
    'codecov',
    'release-please',
    'semantic-release-bot',
    'copilot-swe-agent'
  ]
}
