// The PR comment, composed the same way by the action and by `multiplier pr`: classify the
// pull request's change, read the facts the nudges need from the checkout (docs-debt hotspots,
// the public API its manifests name), decide whether the comment speaks, and render the body.
// One path, so the preview prints exactly what the action posts.
import { DEFAULT_NUDGE_OPTIONS, type Nudge } from '../advise/nudge.js'
import { nudgesFor } from '../advise/nudges.js'
import { quietReason, type QuietReason, type VoiceOptions } from '../advise/voice.js'
import { createClassifier } from '../classify/classify.js'
import { gitSource, historyCovers, readGitHistory } from '../collect/git.js'
import { readCheckoutContext } from '../collect/pull-request.js'
import { readPublicApi } from '../collect/public-api.js'
import type { Config } from '../config/types.js'
import { runReport } from '../engine.js'
import { messageOf } from '../errors.js'
import type { Change, ClassifiedChange } from '../model.js'
import { renderPullRequestComment, renderQuietComment } from '../render/pr-comment.js'
import { parseWindow } from '../window.js'

export interface PullRequestCommentSetup {
  change: Change
  config: Config
  /** The checkout (action) or clone (CLI) at the PR's head. */
  workspace: string
  headSha: string
  /** The report window whose docs-debt hotspots the nudges compare with. */
  since: string
  until?: string
  now: Date
  voice: VoiceOptions
  /** Where the action's run is (its job summary has everything when the comment is cut). */
  runUrl?: string
  log: { info(message: string): void; warning(message: string): void }
}

export interface PullRequestComment {
  classified: ClassifiedChange
  nudges: Nudge[]
  /** Why the PR gets no comment, or undefined when it gets `body`. */
  quiet: QuietReason | undefined
  /** The full comment (what is posted when the PR speaks). */
  body: string
  /** What goes to GitHub: `body`, or the one line an earlier comment is edited to. */
  posted: string
}

export async function composePullRequestComment(
  setup: PullRequestCommentSetup
): Promise<PullRequestComment> {
  const context = await readCheckoutContext(setup.workspace)
  const classified = createClassifier(setup.config.rules, context).classify(setup.change)
  const hotspots = await hotspotsOfCheckout(setup)
  const publicApi = await readPublicApi(setup.workspace)
  const nudges = nudgesFor(classified, { ...DEFAULT_NUDGE_OPTIONS, hotspots, publicApi })
  const quiet = quietReason(classified, nudges, setup.voice)
  const body = renderPullRequestComment({
    change: classified,
    nudges,
    headSha: setup.headSha,
    ruleSources: setup.config.sources,
    ...(setup.runUrl ? { runUrl: setup.runUrl } : {})
  })
  const posted = quiet ? renderQuietComment(quiet, setup.headSha) : body
  return { classified, nudges, quiet, body, posted }
}

/**
 * The docs-debt hotspots of the report window, read from the checkout when it holds that
 * window's history (a `fetch-depth: 0` checkout does; the default single commit does not, and
 * then there is no hotspot nudge). A failure here costs the nudge, never the comment.
 */
async function hotspotsOfCheckout(setup: PullRequestCommentSetup): Promise<string[]> {
  const { config, workspace, log } = setup
  try {
    const window = parseWindow(
      { since: setup.since || config.since, ...(setup.until ? { until: setup.until } : {}) },
      setup.now
    )
    const history = await readGitHistory(workspace)
    if (!historyCovers(history, window.since)) {
      log.info('The checkout does not hold the report window: no docs-debt hotspots to compare')
      return []
    }
    const report = await runReport({
      source: gitSource({ repoPath: workspace, shallow: 'truncate', history }),
      config: { ...config, history: 0, teams: false },
      window,
      now: setup.now
    })
    return (report.hotspots ?? []).map(hotspot => hotspot.path)
  } catch (error) {
    log.warning(`Docs-debt hotspots could not be read from the checkout: ${messageOf(error)}`)
    return []
  }
}
