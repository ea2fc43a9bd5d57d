import { withoutCommaChurn } from '../diff/patch.js'
import type { Hunk } from '../diff/patch.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf, isSmall } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// package.json scripts are the project's task runner: an edit that adds or changes a task
// (`"release": "..."`, `"lint:fix": "eslint --fix ."`) automates a chore. Check scripts that
// define the standard (`"lint": "eslint ."`) are the lint-settings signal's (patterns).

const PACKAGE_JSON = /(^|\/)package\.json$/i
const SCRIPT_NAME =
  /^"(test|build|lint|format|fmt|start|dev|prepare|prepack|prepublish|prepublishOnly|release|bench|coverage|typecheck|watch|clean|docs|pre\w+|post\w+|version|[\w-]+:[\w:-]+)"\s*:/
const VERSION_VALUE = /:\s*"([\^~<>=*]|\d|workspace:|npm:|latest")/
const CHECK_SCRIPT =
  /^"(lint|typecheck|type-check|check-types|eslint|stylelint)(:(?![\w:-]*fix)[\w:-]+)?"\s*:/

/** A check's fixing twin (`"lint:fix"` beside `"lint"`), with the check's name. */
const FIX_SCRIPT = /^"([\w-]+(?::[\w-]+)*?)[:-]fix"\s*:/

/**
 * The check scripts the edit changes: a fixing script edited in step with its check (both
 * made to cover one more folder) follows the standard's scope, it automates no new chore.
 */
function changedChecks(hunks: readonly Hunk[]): Set<string> {
  const checks = new Set<string>()
  for (const hunk of hunks)
    for (const line of hunk.lines) {
      const check = line.kind === ' ' ? null : CHECK_SCRIPT.exec(line.text.trim())
      if (check) checks.add(check[1] + (check[2] ?? ''))
    }
  return checks
}

function followsItsCheck(text: string, checks: ReadonlySet<string>): boolean {
  const fix = FIX_SCRIPT.exec(text)
  return fix?.[1] !== undefined && checks.has(fix[1])
}

function taskLines(reading: FileReading): { tasks: number; total: number } {
  let tasks = 0
  let total = 0
  const hunks = (hunksOf(reading) ?? []).map(withoutCommaChurn)
  const checks = changedChecks(hunks)
  for (const hunk of hunks) {
    let inScripts = false
    for (const line of hunk.lines) {
      const text = line.text.trim()
      if (/^"scripts"\s*:\s*\{/.test(text)) inScripts = true
      else if (/^\}/.test(text)) inScripts = false
      if (line.kind === ' ' || text === '') continue
      total += 1
      const script = (inScripts || SCRIPT_NAME.test(text)) && /^"[^"]+"\s*:\s*"/.test(text)
      const check = CHECK_SCRIPT.test(text) || followsItsCheck(text, checks)
      if (script && !VERSION_VALUE.test(text) && !check) tasks += 1
    }
  }
  return { tasks, total }
}

export const taskScripts: FileSignal = {
  id: 'task-scripts',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    return PACKAGE_JSON.test(reading.file.path) && !change.bump && isSmall(reading, change)
  },
  vote(reading) {
    if (!PACKAGE_JSON.test(reading.file.path) || reading.categories.has('automation')) return
    if (reading.patch === undefined) return
    const { tasks, total } = taskLines(reading)
    if (tasks === 0 || tasks * 2 < total) return
    grant(
      reading,
      'automation',
      SIGNAL.taskScripts,
      `the edit adds or changes package scripts (${tasks} of ${total} lines)`
    )
  }
}
