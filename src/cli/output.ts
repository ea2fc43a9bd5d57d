// Where a rendered report goes: a file (folders created as needed) or standard output.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { CliIO } from './io.js'

export function emit(text: string, output: string | undefined, io: CliIO): void {
  if (output === undefined) {
    io.stdout.write(text)
    return
  }
  const file = resolve(io.cwd, output)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}
