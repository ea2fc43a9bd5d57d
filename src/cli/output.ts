// Where a rendered report goes: a file (folders created as needed) or standard output.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { makeFolders } from '../publish/folders.js'
import type { CliIO } from './io.js'

/**
 * Makes the folders of `--output FILE` and returns the file's absolute path. Called before
 * any history is read, so a path that cannot be written fails at once rather than after the
 * work.
 */
export function prepareOutput(output: string, io: CliIO): string {
  const file = resolve(io.cwd, output)
  try {
    makeFolders(dirname(file))
  } catch (error) {
    const reason = reasonOf(error, 'a folder on the way cannot be created')
    throw new Error(`cannot write --output ${output}: ${reason}`, { cause: error })
  }
  return file
}

/**
 * Whether text output may carry colour: only to a terminal, never to a file, never with
 * `--no-color`, with `NO_COLOR` set to anything but '' (https://no-color.org) or `TERM=dumb`.
 */
export function wantsColour(io: CliIO, noColorFlag: boolean, output: string | undefined): boolean {
  if (noColorFlag || output !== undefined || io.stdout.isTTY !== true) return false
  const noColor = io.env.NO_COLOR
  return (noColor === undefined || noColor === '') && io.env.TERM !== 'dumb'
}

export function emit(text: string, output: string | undefined, io: CliIO): void {
  if (output === undefined) {
    io.stdout.write(text)
    return
  }
  const file = prepareOutput(output, io)
  try {
    writeFileSync(file, text)
  } catch (error) {
    const reason = reasonOf(error, 'the file cannot be created there')
    throw new Error(`cannot write --output ${output}: ${reason}`, { cause: error })
  }
}

/**
 * A report written piece by piece as `chunks` yields them, to the file or standard output, so
 * the whole text is never held at once. The file is written through one descriptor; a failure
 * part-way names the file as `emit` does.
 */
export async function emitChunks(
  chunks: Iterable<string>,
  output: string | undefined,
  io: CliIO
): Promise<void> {
  if (output === undefined) {
    const { stdout } = io
    for (const chunk of chunks) {
      if (stdout.write(chunk) === false && stdout.once)
        await new Promise<void>(resolve => stdout.once?.('drain', resolve))
    }
    return
  }
  const file = prepareOutput(output, io)
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'w')
    for (const chunk of chunks) writeSync(descriptor, chunk)
  } catch (error) {
    const reason = reasonOf(error, 'the file cannot be created there')
    throw new Error(`cannot write --output ${output}: ${reason}`, { cause: error })
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

function reasonOf(error: unknown, notFound: string): string {
  const code = (error as { code?: unknown } | null)?.code
  const path = (error as { path?: unknown } | null)?.path
  if (code === 'ENOTDIR' && error instanceof Error && typeof path !== 'string') return error.message
  const where = typeof path === 'string' ? ` (${path})` : ''
  const words: Record<string, string> = {
    ENOENT: notFound,
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOSPC: 'no space left on the device'
  }
  const text = typeof code === 'string' ? (words[code] ?? code) : String(error)
  return `${text}${where}`
}
