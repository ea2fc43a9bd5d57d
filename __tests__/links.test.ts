// Every link the docs and the code point to must lead somewhere: relative links to files that
// exist, and `#anchors` to headings that exist (README's and docs/'s, as GitHub makes them).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function filesUnder(folder: string, ending: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith(ending))
    .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
}

const MARKDOWN = ['README.md', ...filesUnder('docs', '.md')]
const SOURCES = [...filesUnder('src', '.ts'), 'action.yml']

/** The text outside fenced code blocks (a heading or link shown as an example is not one). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const match of prose(fs.readFileSync(path.join(root, file), 'utf8')).matchAll(
    /^#{1,6}\s+(.+?)\s*#*$/gm
  )) {
    const base = anchorOf(match[1] ?? '')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

interface Target {
  from: string
  /** Repository-relative path of the file pointed to. */
  file: string
  anchor?: string
}

/** Relative markdown links (`[text](path#anchor)`, `(#anchor)`); web and mail links skipped. */
function markdownTargets(file: string): Target[] {
  const text = prose(fs.readFileSync(path.join(root, file), 'utf8')).replace(/`[^`\n]*`/g, '')
  const targets: Target[] = []
  for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const link = match[1] ?? ''
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue
    const [target = '', anchor] = link.split('#')
    const resolved = target === '' ? file : path.normalize(path.join(path.dirname(file), target))
    targets.push({ from: file, file: resolved, ...(anchor ? { anchor } : {}) })
  }
  return targets
}

/** What the code points readers to: `README.md#anchor`, `docs/x.md`, README's "Heading". */
function codeTargets(file: string): Target[] {
  return targetsInCode(fs.readFileSync(path.join(root, file), 'utf8'), file)
}

function targetsInCode(source: string, file: string): Target[] {
  // A path in backticks in a comment is an example (a glob's input), not a pointer.
  const text = source.replace(/^(\s*(?:\/\/|\*|\/\*).*)$/gm, line => line.replace(/`[^`]*`/g, ''))
  const targets: Target[] = []
  for (const match of text.matchAll(/\b((?:README|docs\/[\w.-]+)\.md)(?:#([\w-]+))?/g)) {
    targets.push({ from: file, file: match[1] ?? '', ...(match[2] ? { anchor: match[2] } : {}) })
  }
  for (const match of text.matchAll(/README(?:\.md)?\\?'s\s+\\?["“]([^"”\\]+)\\?["”]/g)) {
    targets.push({ from: file, file: 'README.md', anchor: anchorOf(match[1] ?? '') })
  }
  return targets
}

const anchorCache = new Map<string, Set<string>>()
function broken(target: Target): string | undefined {
  const full = path.join(root, target.file)
  if (!fs.existsSync(full)) return `${target.from} → ${target.file}: no such file`
  if (target.anchor === undefined || !target.file.endsWith('.md')) return undefined
  if (!anchorCache.has(target.file)) anchorCache.set(target.file, anchorsOf(target.file))
  return anchorCache.get(target.file)?.has(target.anchor)
    ? undefined
    : `${target.from} → ${target.file}#${target.anchor}: no such heading`
}

describe('links', () => {
  it('makes anchors the way GitHub does', () => {
    expect(anchorOf('Permissions, fork pull requests and `workflow_run`')).toBe(
      'permissions-fork-pull-requests-and-workflow_run'
    )
    expect(anchorOf('GitHub Enterprise Server and GitHub App tokens')).toBe(
      'github-enterprise-server-and-github-app-tokens'
    )
    expect(anchorOf('[extends](x) and `since`')).toBe('extends-and-since')
  })

  it('finds the links it checks (a checker that finds nothing checks nothing)', () => {
    const fromDocs = MARKDOWN.flatMap(markdownTargets)
    const fromCode = SOURCES.flatMap(codeTargets)
    expect(fromDocs.length).toBeGreaterThan(5)
    expect(fromDocs.filter(target => target.anchor !== undefined).length).toBeGreaterThan(0)
    expect(fromCode.map(target => `${target.file}#${target.anchor ?? ''}`)).toContain(
      'README.md#permissions-fork-pull-requests-and-workflow_run'
    )
    // The kind of pointer that once led nowhere: a heading named in a warning's text.
    const [named] = targetsInCode(`'see the README\\'s "Fork pull requests"'`, 'x.ts')
    expect(named).toEqual({ from: 'x.ts', file: 'README.md', anchor: 'fork-pull-requests' })
    expect(broken(named!)).toBe('x.ts → README.md#fork-pull-requests: no such heading')
    expect(broken({ from: 'x', file: 'docs/nowhere.md' })).toBeDefined()
  })

  it('every relative link and #anchor in README and docs/ leads to a file and heading that exist', () => {
    expect(MARKDOWN.flatMap(markdownTargets).map(broken).filter(Boolean)).toEqual([])
  })

  it('every README or docs/ file and heading the code points to exists', () => {
    expect(SOURCES.flatMap(codeTargets).map(broken).filter(Boolean)).toEqual([])
  })
})
