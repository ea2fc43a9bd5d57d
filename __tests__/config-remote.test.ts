import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { ConfigError, loadConfig } from '../src/config/load.js'
import { createOctokitConfigReader } from '../src/github/config-reader.js'
import { LoopbackGitHub, type LoopbackRequest } from './support/github-server.js'

const FILE = '.github/multiplier.yml'

/** Files of other repositories, keyed `owner/repo/path@ref` ('' ref: the default branch). */
const remoteFiles: Record<string, string> = {
  'my-org/.github/multiplier.yml@main': [
    'extends: ./shared/base.yml',
    'categories:',
    "  documentation: { paths: ['handbook/**'] }",
    'bots: [release-butler]'
  ].join('\n'),
  'my-org/.github/shared/base.yml@main': 'since: 6m\nexclude: [gen/**]\n',
  'my-org/.github/multiplier.yml@': 'since: 1y\n'
}

/** GitHub's contents shape for a file: metadata and base64 content, wrapped at 60 like GitHub. */
function contentsOf(request: LoopbackRequest) {
  const { owner, repo, path: filePath } = request.params
  const ref = request.query.get('ref') ?? ''
  if (filePath === 'shared') return { status: 200, body: [{ type: 'file', name: 'base.yml' }] }
  const text = remoteFiles[`${owner}/${repo}/${filePath}@${ref}`]
  if (text === undefined) {
    return {
      status: 404,
      body: {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      }
    }
  }
  const content = Buffer.from(text)
    .toString('base64')
    .replace(/(.{60})/g, '$1\n')
  const name = path.posix.basename(filePath ?? '')
  return {
    status: 200,
    body: {
      type: 'file',
      encoding: 'base64',
      size: text.length,
      name,
      path: filePath,
      content,
      sha: 'f'.repeat(40)
    }
  }
}

describe('config remote', () => {
  let github: LoopbackGitHub
  let root: string
  beforeAll(async () => {
    github = await LoopbackGitHub.start({ token: 'test-token' })
    github.route('GET', '/repos/:owner/:repo/contents/:path', contentsOf)
    root = mkdtempSync(path.join(os.tmpdir(), 'multiplier-remote-'))
    mkdirSync(path.join(root, '.github'))
  })
  afterAll(async () => {
    await github.close()
    rmSync(root, { recursive: true, force: true })
  })

  // A quiet log: the 404s below are expected, and Octokit would print each one.
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  const readRemote = () =>
    createOctokitConfigReader(new Octokit({ auth: 'test-token', baseUrl: github.url, log: quiet }))
  const writeConfig = (text: string) => writeFileSync(path.join(root, FILE), text)

  it('extends a file of another repository at a ref, and what that file extends there', async () => {
    writeConfig(
      "extends: my-org/.github/multiplier.yml@main\ncategories:\n  documentation: { paths: ['wiki/**'] }\n"
    )
    const config = await loadConfig({ file: FILE, root, required: true, readRemote: readRemote() })
    expect(config.sources).toEqual([
      'defaults',
      'my-org/.github/shared/base.yml@main',
      'my-org/.github/multiplier.yml@main',
      FILE
    ])
    expect(config.since).toBe('6m')
    expect(config.rules.categories.documentation.paths.slice(-2).map(rule => rule.detail)).toEqual([
      'matches `handbook/**` in my-org/.github/multiplier.yml@main',
      `matches \`wiki/**\` in ${FILE}`
    ])
    expect(config.rules.exclude.at(-1)?.globs).toEqual(['gen/**'])
    expect(config.rules.bots).toContain('release-butler')
    const asked = github.requests.filter(request => request.path.includes('/contents/'))
    expect(asked.map(request => `${request.params.path}@${request.query.get('ref')}`)).toEqual([
      'multiplier.yml@main',
      'shared/base.yml@main'
    ])
  })

  it('reads the default branch when the reference has no ref', async () => {
    writeConfig('extends: my-org/.github/multiplier.yml\n')
    const config = await loadConfig({ file: FILE, root, required: true, readRemote: readRemote() })
    expect(config.since).toBe('1y')
    expect(config.sources).toEqual(['defaults', 'my-org/.github/multiplier.yml', FILE])
  })

  it('says which reference was not found, at the extends line', async () => {
    writeConfig('# org rules\nextends: my-org/.github/multiplier.yml@no-such-branch\n')
    const error = await loadConfig({
      file: FILE,
      root,
      required: true,
      readRemote: readRemote()
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual([
      {
        file: FILE,
        line: 2,
        column: 10,
        key: 'extends',
        message:
          'my-org/.github/multiplier.yml@no-such-branch was not found: check the repository, the path and the ref, and that the token can read that repository'
      }
    ])
  })

  it('names the remote file when its content is invalid', async () => {
    remoteFiles['my-org/.github/broken.yml@main'] = 'score:\n  targets: { automation: 2 }\n'
    writeConfig('extends: my-org/.github/broken.yml@main\n')
    const error = await loadConfig({
      file: FILE,
      root,
      required: true,
      readRemote: readRemote()
    }).catch((thrown: unknown) => thrown)
    expect((error as Error).message).toContain(
      'my-org/.github/broken.yml@main:2:26: score.targets.automation: must be at most 1 (got 2)'
    )
  })

  it('refuses a directory where a file was expected', async () => {
    await expect(
      readRemote()({ owner: 'my-org', repo: '.github', path: 'shared' })
    ).rejects.toThrow('my-org/.github/shared is a directory, not a file')
  })
})
