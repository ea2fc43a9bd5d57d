import type { ChangeSignal, FileSignal } from '../signal.js'
import { buildLogic } from './build-logic.js'
import { commentOnly } from './comment-only.js'
import { dependencyBump } from './dependency-bump.js'
import { docsFolderCode } from './docs-folder-code.js'
import { exclusion } from './exclusion.js'
import { formatting } from './formatting.js'
import { gateInvocation } from './gate-invocation.js'
import { gateUpgrade } from './gate-upgrade.js'
import { helpText } from './help-text.js'
import { lintConfig } from './lint-config.js'
import { mechanicalProse } from './mechanical-prose.js'
import { lintSettings } from './lint-settings.js'
import { pathRules } from './path-rules.js'
import { releaseFiles } from './release-files.js'
import { releaseNotesInDocs } from './release-notes-in-docs.js'
import { sharedAbstraction } from './shared-abstraction.js'
import { standardsDocument } from './standards-document.js'
import { taskScripts } from './task-scripts.js'
import { toolDirectives } from './tool-directives.js'
import { toolSections } from './tool-sections.js'
import { versionPins } from './version-pins.js'

/**
 * Every file signal, in the order they vote: what a path decides first, then the readings of
 * the change's hints and of the patch that refine it. A file that is excluded or neutral takes
 * no further votes. The message and label hints are read once per change (hints.ts).
 */
export const FILE_SIGNALS: readonly FileSignal[] = [
  exclusion,
  releaseFiles,
  pathRules,
  docsFolderCode,
  dependencyBump,
  versionPins,
  formatting,
  toolDirectives,
  commentOnly,
  helpText,
  releaseNotesInDocs,
  mechanicalProse,
  lintConfig,
  lintSettings,
  gateInvocation,
  gateUpgrade,
  buildLogic,
  taskScripts,
  toolSections,
  standardsDocument
]

export const CHANGE_SIGNALS: readonly ChangeSignal[] = [sharedAbstraction]
