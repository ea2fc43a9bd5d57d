import type { PathRule, Ruleset } from './ruleset.js'

// The default ruleset: DESIGN.md's table and the labelling RUBRIC turned into globs. Globs are
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
        COMMUNITY_STANDARDS,
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
            '.codecov.yml'
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
          globs: [
            '**/.eslintrc*',
            '**/eslint.config.*',
            '**/.eslintignore',
            '**/.prettierrc*',
            '**/prettier.config.*',
            '**/.prettierignore',
            '**/.stylelintrc*',
            '**/stylelint.config.*',
            '**/biome.json{,c}',
            '**/.markdownlint*',
            '**/.yamllint*',
            '**/.flake8',
            '**/.pylintrc',
            '**/pylintrc',
            '**/mypy.ini',
            '**/.mypy.ini',
            '**/ruff.toml',
            '**/.ruff.toml',
            '**/.isort.cfg',
            '**/pyrightconfig.json',
            '**/rustfmt.toml',
            '**/.rustfmt.toml',
            '**/clippy.toml',
            '**/.clippy.toml',
            '**/.golangci.{yml,yaml,toml,json}',
            '**/.rubocop*.yml',
            '**/.clang-format',
            '**/.clang-tidy',
            '**/checkstyle*.xml',
            '**/.swiftlint.yml',
            '**/.swiftformat',
            '**/.scalafmt.conf',
            '**/detekt*.yml',
            '**/.hadolint.{yml,yaml}',
            '**/.shellcheckrc',
            '**/.commitlintrc*',
            '**/commitlint.config.*',
            '**/.codespellrc',
            '**/tslint.json',
            '**/.dprint.json',
            '**/.luacheckrc',
            '**/.credo.exs',
            '**/.php-cs-fixer*',
            '**/phpstan.neon*',
            '**/.vale.ini',
            '**/.jscpd.json',
            '**/.ls-lint.yml',
            '**/deno.json{,c}'
          ],
          detail: 'lint, format or type-check configuration',
          kind: 'lint-config'
        },
        {
          id: 'editorconfig',
          globs: ['**/.editorconfig'],
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
          detail: 'pull-request or issue template'
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
        '\\b(lint|linter|linting|eslint|prettier|ruff|flake8|pylint|mypy|pyright|rubocop|golangci|clippy|rustfmt|stylelint|editorconfig|codeowners|lint rules?|check rules?|checkstyle|detekt|ktlint|spotless|error ?prone|explicit ?api|warnings? as errors|type-?check\\w*|static analysis|code style|coding style)\\b'
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
      globs: ['dist/**', 'build/**', '**/dist/**', '**/*.bundle.js', '**/*.map'],
      detail: 'built bundle or build output',
      kind: 'generated'
    },
    {
      id: 'vendored',
      globs: [
        '**/vendor/**',
        '**/third_party/**',
        '**/third-party/**',
        '**/node_modules/**',
        '**/bower_components/**'
      ],
      detail: 'vendored third-party code',
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
        '**/*.pb.go'
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
          '**/.changeset/*.md',
          '**/changelog.d/**',
          '**/changelog/**'
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
