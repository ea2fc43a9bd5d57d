import type { Hunk } from './patch.js'

// Brace-delimited build scripts (Gradle's Groovy and Kotlin DSLs) configure a check inside the
// block its plugin opens: `lintOptions { textReport true }`, `checkstyle { maxWarnings = 0 }`,
// `spotless { java { googleJavaFormat() } }`. The words that name a check sit on the block's
// first line only, so a setting changed inside the block is read by the block around it.

/** A changed line, and whether it lies inside a block whose opening line names a check. */
export interface BlockLine {
  kind: '-' | '+'
  text: string
  inCheckBlock: boolean
}

/** The line without a trailing `//` comment and without string literals (braces in strings). */
function codeOf(text: string): string {
  return text
    .replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""')
    .replace(/\/\/.*$/, '')
    .trim()
}

/**
 * One line's effect on a stack of open blocks (true where the block names a check): closing
 * braces first, then the blocks it opens, each named by the line that opens it.
 */
function step(stack: boolean[], text: string, opener: RegExp): void {
  const code = codeOf(text)
  let opened = 0
  for (const char of code) {
    if (char === '{') opened += 1
    else if (char === '}') {
      if (opened > 0) opened -= 1
      else stack.pop()
    }
  }
  for (let count = 0; count < opened; count++) stack.push(opener.test(text))
}

/**
 * The changed lines of the hunks with whether each lies inside a check block, on its own side
 * of the diff (the old file for removed lines, the new for added). A hunk starts inside the
 * block its header (git's function context) opens, when the header opens one.
 */
export function changedLinesInBlocks(hunks: readonly Hunk[], opener: RegExp): BlockLine[] {
  const lines: BlockLine[] = []
  for (const hunk of hunks) {
    const seed = hunk.header.endsWith('{') ? [opener.test(hunk.header)] : []
    const before = [...seed]
    const after = [...seed]
    for (const line of hunk.lines) {
      if (line.kind !== ' ') {
        const stack = line.kind === '-' ? before : after
        lines.push({ kind: line.kind, text: line.text, inCheckBlock: stack.includes(true) })
      }
      if (line.kind !== '+') step(before, line.text, opener)
      if (line.kind !== '-') step(after, line.text, opener)
    }
  }
  return lines
}
