// `multiplier aggregate FILE...`: JSON reports of many repositories → one aggregate. Each
// file is read and cut to its row before the next, so memory stays flat however many there are.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readReportRows } from '../collect/report-files.js'
import { parseRepositoryList, skippedItemsWarning } from '../collect/repositories.js'
import { renderAggregateJson, renderAggregateMarkdown } from '../render/aggregate.js'
import { renderAggregateHtml } from '../render/html-dashboard.js'
import { aggregateRows } from '../score/aggregate.js'
import { UsageError } from './errors.js'
import { flagChoice } from './flags.js'
import type { CliIO } from './io.js'
import { emit } from './output.js'

const FORMATS = ['markdown', 'json', 'html'] as const

export function runAggregate(args: string[], io: CliIO): void {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      output: { type: 'string' },
      expect: { type: 'string' },
      'report-link': { type: 'string' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length === 0) {
    throw new UsageError('aggregate needs at least one JSON report file')
  }
  const format = flagChoice('format', values.format ?? 'markdown', FORMATS, 'for aggregate')
  const expected = values.expect === undefined ? undefined : readExpected(values.expect, io)
  const files = positionals.map(file => resolve(io.cwd, file))
  const byPath = new Map(files.map((file, order) => [file, positionals[order] ?? file]))
  const { rows, failed } = readReportRows(files, {
    strict: true,
    shown: file => byPath.get(file) ?? file
  })
  const aggregate = aggregateRows(rows, { failed, ...(expected ? { expected } : {}) })
  const link = values['report-link']
  const table = link === undefined ? {} : { reportLink: link }
  const text =
    format === 'json'
      ? renderAggregateJson(aggregate)
      : format === 'html'
        ? renderAggregateHtml(aggregate, table)
        : renderAggregateMarkdown(aggregate, 'document', table)
  emit(text, values.output, io)
}

/** `--expect FILE`: the repositories that should have a report, as `repos` prints them. */
function readExpected(file: string, io: CliIO): string[] {
  let text: string
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8')
  } catch (error) {
    throw new Error(
      `cannot read --expect ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error }
    )
  }
  const { names, skipped } = parseRepositoryList(text, `--expect ${file}`)
  if (skipped.length > 0)
    io.stderr.write(`multiplier: warning: ${skippedItemsWarning(`--expect ${file}`, skipped)}\n`)
  return names
}
