import { changedLines } from '../diff/patch.js'
import type { Hunk } from '../diff/patch.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// A Gradle build script is a manifest (its dependencies and versions are output) and a program
// that builds, tests and publishes the project. A block of build logic written into it — a task
// that dumps an API, reproducible jars, a conversion of the script to Kotlin — automates the
// team's build: automation. Dependency lines, plugin ids and versions are left to the manifest.

const GRADLE_BUILD_SCRIPT = /(^|\/)(build|settings)\.gradle(\.kts)?$/
/** Changed lines of build logic it takes to be more than a dependency edit. */
const BUILD_LOGIC_LINES = 20

/** Lines that declare what the build depends on, not what it does. */
const DEPENDENCY_LINE =
  /^\s*(\w*(implementation|api|compileOnly|runtimeOnly|annotationProcessor|kapt|ksp|classpath|lintChecks|lintPublish|detektPlugins|coreLibraryDesugaring|platform)\b|id\s*\(?\s*["'][^"']+["']\s*\)?(\s+version\b.*)?$|alias\s*\(|version\s*=|\w+Version\s*=|[\w.]+\s*=\s*["'][\w.-]+:[\w.-]+:[^"']+["']|(include|includeBuild)\b|[})\]]+,?\s*$|\/\/|\/\*|\*|import\s)/

function isGradleBuildScript(reading: FileReading): boolean {
  return reading.facts.manifest !== undefined && GRADLE_BUILD_SCRIPT.test(reading.file.path)
}

/** Changed non-blank lines that are build logic rather than dependency declarations. */
function buildLogicLines(hunks: readonly Hunk[]): number {
  return changedLines(hunks).filter(
    line => line.text.trim() !== '' && !DEPENDENCY_LINE.test(line.text)
  ).length
}

export const buildLogic: FileSignal = {
  id: 'build-logic',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    return (
      isGradleBuildScript(reading) &&
      change.bump === undefined &&
      reading.weight >= BUILD_LOGIC_LINES
    )
  },
  vote(reading, change) {
    if (!isGradleBuildScript(reading) || change.bump !== undefined) return
    const hunks = hunksOf(reading)
    if (hunks === undefined) return
    const lines = buildLogicLines(hunks)
    if (lines < BUILD_LOGIC_LINES) return
    grant(reading, 'automation', SIGNAL.buildLogic, `build logic changed (${lines} lines)`)
  }
}
