// Pull-request mode's JSON file: this pull request's classification, its nudges and whether the
// comment was posted, with the change in the report's change shape (plus its file counts).
// Keys are written in one fixed order, as the report's are (json.ts).
import type { Nudge } from '../advise/nudge.js'
import type { QuietReason } from '../advise/voice.js'
import type { ClassifiedChange } from '../model.js'

export interface PullRequestJsonInput {
  /** 'owner/name' of the repository the workflow runs for. */
  repository: string
  generatedAt: Date
  change: ClassifiedChange
  nudges: readonly Nudge[]
  headSha: string
  /** Why no comment was posted; undefined when one was. */
  quiet: QuietReason | undefined
}

export function renderPullRequestJson(input: PullRequestJsonInput): string {
  const { change, quiet } = input
  const json = {
    schemaVersion: 1,
    kind: 'pull-request',
    repository: input.repository,
    generatedAt: input.generatedAt.toISOString(),
    pullRequest: { number: Number(change.id), url: change.url, headSha: input.headSha },
    change: {
      id: change.id,
      kind: change.kind,
      title: change.title,
      author: change.author.login ?? change.author.name,
      time: change.time,
      url: change.url,
      categories: change.categories,
      reasons: change.reasons,
      files: change.files.length,
      filesTotal: change.filesTotal
    },
    nudges: input.nudges,
    comment: quiet ? { posted: false, reason: quiet } : { posted: true }
  }
  return `${JSON.stringify(json, null, 2)}\n`
}
