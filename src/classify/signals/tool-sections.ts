import { sectionLines } from '../diff/config-diff.js'
import type { FileSignal } from '../signal.js'
import type { FileReading } from '../reading/reading.js'
import { grant, hunksOf } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

// pyproject.toml, setup.cfg and Cargo.toml are manifests (their dependencies and versions are
// output) and the settings of the tools that build, document and release the project: a build
// backend, its hooks and environments, the changelog and version tools, task definitions. An
// edit that is mostly such settings reworks how the project is built and released: automation.
// The test runner's options are left out: a warning filter keeps product tests passing
// (measured: the one labelled pytest-options edit is output). The API documentation's build
// settings (docs.rs flags) are documentation. Lint and format sections are the lint-settings
// signal's (patterns).

/** Sections of build, release and task tools (TOML `[tool.x]`, setup.cfg `[bdist_wheel]`). */
const AUTOMATION_SECTION =
  /^(build-system|tool\.(hatch|setuptools|setuptools_scm|pip-tools|cibuildwheel|tox|nox|towncrier|bumpversion|bumpver|semantic_release|commitizen|poe|pdm|uv|maturin|scikit-build|flit|poetry\.scripts|versioneer)|bdist_wheel|versioneer)\b/i

interface ToolSections {
  files: RegExp
  sections: RegExp
  category: 'automation' | 'documentation'
  detail: string
}

const TOOL_SECTIONS: readonly ToolSections[] = [
  {
    files: /(^|\/)(pyproject\.toml|setup\.cfg)$/i,
    sections: AUTOMATION_SECTION,
    category: 'automation',
    detail: 'the edit reworks build, test or release tool settings'
  },
  {
    // How the API reference is built: docs.rs flags, the Python doc generators.
    files: /(^|\/)(Cargo\.toml|pyproject\.toml)$/i,
    sections: /^(package\.metadata\.docs\.rs|tool\.(sphinx|pdoc|pydoc-markdown|portray))\b/i,
    category: 'documentation',
    detail: 'the edit changes how the API documentation is built'
  }
]

/** Changed lines of tool settings it takes to be more than a touched-up value. */
const TOOL_LINES = 3

function sectionsOf(reading: FileReading): readonly ToolSections[] {
  if (reading.facts.manifest === undefined) return []
  return TOOL_SECTIONS.filter(entry => entry.files.test(reading.file.path))
}

export const toolSections: FileSignal = {
  id: 'tool-sections',
  reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
  wantsPatch(reading, change) {
    return (
      sectionsOf(reading).length > 0 && change.bump === undefined && reading.weight >= TOOL_LINES
    )
  },
  vote(reading, change) {
    if (change.bump !== undefined || reading.categories.has('patterns')) return
    const hunks = hunksOf(reading)
    if (hunks === undefined) return
    for (const entry of sectionsOf(reading)) {
      const { matching, total } = sectionLines(hunks, entry.sections)
      if (matching < TOOL_LINES || matching * 2 < total) continue
      grant(
        reading,
        entry.category,
        SIGNAL.toolSections,
        `${entry.detail} (${matching} of ${total} lines)`
      )
    }
  }
}
