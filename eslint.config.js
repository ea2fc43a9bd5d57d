import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The pipeline's layers, kept by the lint rather than by a README sentence: the pure stages
// (advise, classify, score, insight, render, and report's parser of the JSON contract) reach no I/O
// module and no outer layer; config reads files but never the API. Outer layers may import
// pure ones (collect uses repo-files/'s path tests and report/'s parser), never the reverse. An
// import that breaks this fails `npm run lint` (see __tests__/lint.test.ts).
const IO_MODULES = {
  regex: '^(?:node:)?(?:fs|fs/promises|child_process|http|https|net)$|^@actions/|^@octokit/',
  message:
    'classify, score, insight, render and report are pure: I/O belongs to collect and publish.'
}
const OUTER_LAYERS = {
  regex:
    '^\\.{1,2}/(?:\\.\\./)*(?:action|cli|publish|collect|github|setup)/|^\\.{1,2}/(?:\\.\\./)*(?:engine|main)\\.js$',
  message:
    'An inner layer does not import an outer one (action, cli, setup, publish, collect, github): pass the data in instead.'
}
// Nudges (advise/) read the verdict and the insight, so they sit above classify, score and
// insight: none of those imports them.
const ADVISE_ABOVE = {
  regex: '^\\.{1,2}/(?:\\.\\./)*advise/',
  message:
    'advise/ reads the classification and the insight: classify, score and insight do not import it.'
}
// repo-files/ reads what a repository's own files say (CODEOWNERS, workflows, lint configs) for
// collect, insight and score alike, so it sits below them all and owns no stage's logic.
const REPO_FILES_BELOW = {
  regex: '^\\.{1,2}/(?:\\.\\./)*(?:advise|classify|config|insight|render|report|score)/',
  message: 'repo-files/ is read by collect, insight and score alike: it imports none of the stages.'
}
const CONFIG_IO = {
  regex: '^\\.{1,2}/(?:\\.\\./)*config/load\\.js$',
  message: 'Loading the config reads files: only the setup layer does that.'
}

export default tseslint.config(
  {
    // .stryker-tmp/ holds `npm run mutate`'s sandboxes (copies of the tree), reports/ its output.
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'build/',
      '.bench/',
      '.stryker-tmp/',
      'reports/',
      '**/*.generated.ts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }]
    }
  },
  {
    // Small modules and functions a reader can hold at once; rule tables are data, not logic.
    files: ['src/**/*.ts'],
    ignores: ['src/classify/rules/defaults.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }]
    }
  },
  {
    files: [
      'src/advise/**/*.ts',
      'src/classify/**/*.ts',
      'src/score/**/*.ts',
      'src/insight/**/*.ts',
      'src/render/**/*.ts',
      'src/report/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [IO_MODULES, OUTER_LAYERS, CONFIG_IO] }]
    }
  },
  {
    files: ['src/classify/**/*.ts', 'src/score/**/*.ts', 'src/insight/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [IO_MODULES, OUTER_LAYERS, CONFIG_IO, ADVISE_ABOVE] }
      ]
    }
  },
  {
    files: ['src/repo-files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [IO_MODULES, OUTER_LAYERS, CONFIG_IO, REPO_FILES_BELOW] }
      ]
    }
  },
  {
    files: ['src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@actions/|^@octokit/',
              message:
                'The config layer reads files, never the API: the setup layer passes a reader in.'
            },
            OUTER_LAYERS
          ]
        }
      ]
    }
  }
)
