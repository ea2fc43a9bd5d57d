// `multiplier aggregate FILE...`: JSON reports of many repositories → one org roll-up.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  aggregateReports,
  renderAggregateJson,
  renderAggregateMarkdown
} from '../render/aggregate.js'
import { parseReportJson } from '../render/read-report.js'
import { UsageError } from './errors.js'
import type { CliIO } from './io.js'
import { emit } from './output.js'

const FORMATS = ['markdown', 'json'] as const

export function runAggregate(args: string[], io: CliIO): void {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string' }, output: { type: 'string' } },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length === 0) {
    throw new UsageError('aggregate needs at least one JSON report file')
  }
  const format = values.format ?? 'markdown'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')} for aggregate, not "${format}"`
    )
  }
  const reports = positionals.map(file => {
    let text: string
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8')
    } catch (error) {
      throw new Error(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        {
          cause: error
        }
      )
    }
    return parseReportJson(text, file)
  })
  const aggregate = aggregateReports(reports)
  emit(
    format === 'json'
      ? renderAggregateJson(aggregate)
      : renderAggregateMarkdown(aggregate, 'document'),
    values.output,
    io
  )
}
