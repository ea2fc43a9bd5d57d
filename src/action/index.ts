// The action's entry point: the runner executes the bundle of this file (dist/index.js).
import { run } from './run.js'

void run()
