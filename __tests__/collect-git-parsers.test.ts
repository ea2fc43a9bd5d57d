import { describe, expect, it } from '@jest/globals'
import { githubRepositoryUrl, parseRemoteUrl } from '../src/collect/git.js'
import { GitLogParser, splitMessage } from '../src/collect/git-log-parser.js'
import type { ParsedCommit } from '../src/collect/git-log-parser.js'
import { GitPatchParser, unquoteGitPath } from '../src/collect/git-patch-parser.js'

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

/** Bytes shaped like `git log -z --raw --numstat --format=LOG_FORMAT`. */
const LOG_OUTPUT = Buffer.from(
  [
    `\x1e${SHA_A}\x1f${SHA_B}\x1fZoë\x1fzoe@example.com\x1f1717200000\x1fRename the café\n\nBody with \x1f inside.\n`,
    '\n:100644 100644 1111111 2222222 R087',
    'docs/café.md',
    'docs/thé.md',
    ':000000 100644 0000000 3333333 A',
    'logo.png',
    '1\t1\t',
    'docs/café.md',
    'docs/thé.md',
    '-\t-\tlogo.png',
    `\x1e${SHA_B}\x1f\x1fZoë\x1fzoe@example.com\x1f1717100000\x1fEmpty\n`,
    ''
  ].join('\0'),
  'utf8'
)

function parseInChunks(bytes: Buffer, size: number): ParsedCommit[] {
  const commits: ParsedCommit[] = []
  const parser = new GitLogParser(commit => commits.push(commit))
  for (let start = 0; start < bytes.length; start += size)
    parser.push(bytes.subarray(start, start + size))
  parser.end()
  return commits
}

/** Each commit's patches by path, from `output` fed to the parser `size` bytes at a time. */
function patchesInChunks(output: Buffer, size: number): Map<string, Record<string, string>> {
  const patches = new Map<string, Record<string, string>>()
  const parser = new GitPatchParser((sha, byPath) => patches.set(sha, Object.fromEntries(byPath)))
  for (let start = 0; start < output.length; start += size)
    parser.push(output.subarray(start, start + size))
  parser.end()
  return patches
}

describe('collect/git parsers', () => {
  it('parses the log stream identically however it is split into chunks', () => {
    const whole = parseInChunks(LOG_OUTPUT, LOG_OUTPUT.length)
    expect(whole).toEqual([
      {
        sha: SHA_A,
        parents: [SHA_B],
        authorName: 'Zoë',
        authorEmail: 'zoe@example.com',
        committedAt: 1717200000,
        title: 'Rename the café',
        body: 'Body with \x1f inside.',
        files: [
          {
            path: 'docs/thé.md',
            previousPath: 'docs/café.md',
            status: 'renamed',
            additions: 1,
            deletions: 1
          },
          { path: 'logo.png', status: 'added', additions: null, deletions: null }
        ]
      },
      {
        sha: SHA_B,
        parents: [],
        authorName: 'Zoë',
        authorEmail: 'zoe@example.com',
        committedAt: 1717100000,
        title: 'Empty',
        body: '',
        files: []
      }
    ])
    for (const size of [1, 2, 3, 7, 64]) expect(parseInChunks(LOG_OUTPUT, size)).toEqual(whole)
  })

  it('rejects output that ends in the middle of an entry', () => {
    const cut = LOG_OUTPUT.subarray(0, LOG_OUTPUT.indexOf('docs/thé.md'))
    expect(() => parseInChunks(cut, cut.length)).toThrow(/middle of an entry/)
  })

  it('splits messages the way git log %s and %b do', () => {
    expect(splitMessage('Subject\n')).toEqual({ title: 'Subject', body: '' })
    expect(splitMessage('\n\nTwo\nlines\n\n\nBody\n\nMore\n\n')).toEqual({
      title: 'Two lines',
      body: 'Body\n\nMore'
    })
  })

  it('unquotes C-style quoted paths, octal bytes included', () => {
    expect(unquoteGitPath('"caf\\303\\251 \\"x\\"\\ttab\\\\.md"')).toBe('café "x"\ttab\\.md')
    expect(unquoteGitPath('plain name.txt')).toBe('plain name.txt')
  })

  it('finds each block path in patch output, quoted or not, across chunk borders', () => {
    const output = Buffer.from(
      [
        `\x1e${SHA_A}`,
        '',
        'diff --git a/a b/a b/a b/a b',
        'index 1..2 100644',
        '--- a/a b/a b\t',
        '+++ b/a b/a b\t',
        '@@ -1 +1 @@',
        '-x',
        '+y',
        'diff --git "a/caf\\303\\251" "b/caf\\303\\251"',
        'new file mode 100644',
        '--- /dev/null',
        '+++ "b/caf\\303\\251"',
        '@@ -0,0 +1 @@',
        '+é',
        ''
      ].join('\n')
    )
    for (const size of [1, 5, output.length]) {
      expect(patchesInChunks(output, size)).toEqual(
        new Map([[SHA_A, { 'a b/a b': '@@ -1 +1 @@\n-x\n+y', café: '@@ -0,0 +1 @@\n+é' }]])
      )
    }
  })

  it('keeps the hunks of each block byte for byte, whatever the chunk borders', () => {
    const output = Buffer.from(
      [
        `\x1e${SHA_A}`,
        '',
        'diff --git a/link b/link',
        'deleted file mode 100644',
        '@@ -1 +0,0 @@',
        '-text',
        'diff --git a/link b/link',
        'new file mode 120000',
        '@@ -0,0 +1 @@',
        '+target',
        '\\ No newline at end of file',
        'diff --git a/logo.png b/logo.png',
        'Binary files a/logo.png and b/logo.png differ',
        'diff --git a/win.txt b/win.txt',
        '@@ -1,2 +1,2 @@ diff --git a/x b/x',
        ' diff --git a/inside b/inside',
        '-old\r',
        '+new\r',
        '',
        '',
        `\x1e${SHA_B}`,
        'diff --git a/last.ts b/last.ts',
        '@@ -1 +1 @@',
        '-a',
        '+b'
      ].join('\n')
    )
    const expected = new Map([
      [
        SHA_A,
        {
          link: '@@ -1 +0,0 @@\n-text\n@@ -0,0 +1 @@\n+target\n\\ No newline at end of file',
          'win.txt':
            '@@ -1,2 +1,2 @@ diff --git a/x b/x\n diff --git a/inside b/inside\n-old\r\n+new\r'
        }
      ],
      [SHA_B, { 'last.ts': '@@ -1 +1 @@\n-a\n+b' }]
    ])
    for (let size = 1; size <= output.length; size += size < 24 ? 1 : 37) {
      expect(patchesInChunks(output, size)).toEqual(expected)
    }
  })

  it("hands over each commit's patches at the next commit's header, before the output ends", () => {
    const handed: string[] = []
    const parser = new GitPatchParser((sha, byPath) =>
      handed.push(`${sha[0]}:${[...byPath.keys()]}`)
    )
    const commit = (sha: string, path: string): string =>
      [
        `\x1e${sha}`,
        '',
        `diff --git a/${path} b/${path}`,
        `--- a/${path}`,
        `+++ b/${path}`,
        '@@ -1 +1 @@',
        '-x',
        '+y',
        ''
      ].join('\n')
    parser.push(Buffer.from(commit(SHA_A, 'one.ts')))
    expect(handed).toEqual([])
    parser.push(Buffer.from(`${commit(SHA_B, 'two.ts')}\x1e${SHA_A.replace(/a/g, 'c')}\n`))
    expect(handed).toEqual(['a:one.ts', 'b:two.ts'])
    parser.end()
    expect(handed).toEqual(['a:one.ts', 'b:two.ts', 'c:'])
  })

  it.each([
    ['https://github.com/octo-org/hello-world.git', 'octo-org/hello-world'],
    ['https://github.com/octo-org/hello-world', 'octo-org/hello-world'],
    ['https://x-access-token:secret@github.com/octo-org/hello-world.git/', 'octo-org/hello-world'],
    ['http://ghe.example.com:8080/team/app', 'team/app'],
    ['ssh://git@github.com/octo-org/hello-world.git', 'octo-org/hello-world'],
    ['ssh://git@ghe.example.com:2222/octo-org/hello-world', 'octo-org/hello-world'],
    ['git@github.com:octo-org/hello-world.git', 'octo-org/hello-world'],
    ['git@github.com:octo-org/hello-world', 'octo-org/hello-world'],
    ['github.com:octo-org/hello-world.git', 'octo-org/hello-world'],
    ['git://github.com/octo-org/hello-world.git', 'octo-org/hello-world'],
    ['  https://github.com/octo-org/hello-world.git\n', 'octo-org/hello-world'],
    ['file:///srv/git/hello-world.git', undefined],
    ['/srv/git/hello-world.git', undefined],
    ['../hello-world', undefined],
    ['https://github.com/just-one', undefined]
  ])('parses the remote URL %j as %j', (url, expected) => {
    expect(parseRemoteUrl(url)).toBe(expected)
  })

  it.each([
    ['https://github.com/octo-org/hello-world.git', [], 'https://github.com/octo-org/hello-world'],
    ['git@github.com:octo-org/hello-world.git', [], 'https://github.com/octo-org/hello-world'],
    [
      'ssh://git@ssh.github.com:443/octo-org/hello-world',
      [],
      'https://github.com/octo-org/hello-world'
    ],
    ['https://x-access-token:t@github.com/o/r', [], 'https://github.com/o/r'],
    [
      'git@ghe.example.com:team/app.git',
      ['https://ghe.example.com'],
      'https://ghe.example.com/team/app'
    ],
    [
      'https://ghe.example.com/team/app',
      ['https://ghe.example.com/'],
      'https://ghe.example.com/team/app'
    ],
    ['git@ghe.example.com:team/app.git', [], undefined],
    ['https://gitlab.com/team/app.git', ['https://github.com'], undefined],
    ['/srv/git/hello-world.git', [], undefined]
  ])('links the remote %j on GitHub hosts %j at %j', (url, servers, expected) => {
    expect(githubRepositoryUrl(url, servers)).toBe(expected)
  })
})
