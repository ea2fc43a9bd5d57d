// docs/architecture.md is the map a newcomer reads first: every module it names must exist
// where it says, and every folder of src/ must be on it. A rename or a new folder fails here
// until the map follows.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const doc = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8')
const SOURCES = fs
  .readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map(file => `src/${file.split(path.sep).join('/')}`)
const MODULE = /[\w./-]*[\w-]+\.(?:ts|json)\b/g

/** The fenced block under "## The tree": one line per folder, with its modules. */
function treeBlock(): string {
  const match = /^## The tree\n+```\n([\s\S]*?)^```/m.exec(doc)
  if (!match?.[1]) throw new Error('docs/architecture.md has no "The tree" block')
  return match[1]
}

/** Each module the tree names, with the folder whose entry names it ('' for src/ itself). */
function treeModules(): { folder: string; module: string }[] {
  const named: { folder: string; module: string }[] = []
  let folder = ''
  for (const line of treeBlock().split('\n')) {
    const entry = /^ {2}([\w-]+)\/ /.exec(line) ?? /^ {2}([\w-]+)\/$/.exec(line)
    const file = /^ {2}([\w.-]+\.ts) /.exec(line)
    if (entry?.[1]) folder = entry[1]
    else if (file) folder = ''
    for (const module of line.match(MODULE) ?? []) named.push({ folder, module })
  }
  return named
}

/** Whether `module` exists under src/`folder` (or src/ for a path given from src). */
function existsIn(folder: string, module: string): boolean {
  const candidates = [path.join('src', folder, module), path.join('src', module), module]
  return candidates.some(candidate => fs.existsSync(path.join(root, candidate)))
}

describe('docs/architecture.md', () => {
  it('names only modules that exist, in the folder the tree puts them', () => {
    const missing = treeModules()
      .filter(({ folder, module }) => !existsIn(folder, module))
      .map(({ folder, module }) => `${folder}/${module}`)
    expect(missing).toEqual([])
  })

  it('names only modules that exist in the prose', () => {
    const prose = doc.replace(treeBlock(), '')
    const quoted = [...prose.matchAll(/`([^`\s]+)`/g)].map(match => match[1] ?? '')
    const modules = quoted.filter(text => /^[\w./-]+\.(?:ts|json)$/.test(text))
    expect(modules.length).toBeGreaterThan(40)
    // From the root (src/…, scripts/…), from src/ (score/parts.ts), or a folder's own
    // (signals/registry.ts beside classify/, git.ts beside collect/).
    const found = (text: string): boolean =>
      fs.existsSync(path.join(root, text)) ||
      SOURCES.some(file => file === `src/${text}` || file.endsWith(`/${text}`))
    expect(modules.filter(text => !found(text))).toEqual([])
  })

  it('describes every folder and top-level module of src/', () => {
    const entries = fs.readdirSync(path.join(root, 'src'), { withFileTypes: true })
    const shown = new Set(
      [...treeBlock().matchAll(/^ {2}([\w.-]+)(\/?) /gm)].map(match => `${match[1]}${match[2]}`)
    )
    const expected = entries
      .filter(entry => entry.isDirectory() || entry.name.endsWith('.ts'))
      .map(entry => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    expect(expected.filter(name => !shown.has(name))).toEqual([])
  })
})
