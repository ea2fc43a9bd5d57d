// Preloaded into the timed CLI (node --import): prints the Node process's own peak RSS on exit,
// since /usr/bin/time reports the larger of Node and the git processes it runs.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  writeSync(2, `\nbench-node-peak-kb=${process.resourceUsage().maxRSS}\n`)
})
