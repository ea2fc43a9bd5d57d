// Render: pure functions of a Report (or of many, for the org roll-up).
export { renderMarkdown, topChanges, windowText, safeUrl } from './markdown.js'
export type { MarkdownOptions } from './markdown.js'
export { renderJson, renderJsonChunks, orderReport } from './json.js'
export { renderBadge, badge, badgeColor, BADGE_COLORS } from './badge.js'
export type { Badge } from './badge.js'
export { renderAggregateMarkdown, renderAggregateJson } from './aggregate.js'
export type { AggregateReport, AggregateRow } from './aggregate.js'
export { parseReportJson, ReportFormatError } from './read-report.js'
export {
  escapeMarkdown,
  neutraliseMentions,
  neutraliseReferences,
  inlineCode,
  truncate
} from './escape.js'
export { CATEGORY_TEXT, trendText } from './categories.js'
export { textPolicy, documentText, RENDER_TARGETS } from './text-policy.js'
export type { RenderTarget, TextPolicy } from './text-policy.js'
