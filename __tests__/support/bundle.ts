// The committed action bundle, run as the runner runs it: `node dist/index.js` in a child
// process with only the runner's environment.
import { spawn } from 'node:child_process'
import path from 'node:path'

export const BUNDLE = path.resolve('dist/index.js')

export interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the bundle asynchronously: the loopback server lives in this process and must answer. */
export function runBundle(env: Record<string, string>): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], {
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        GIT_CONFIG_NOSYSTEM: '1',
        ...env
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}
