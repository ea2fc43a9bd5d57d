// The shell of the HTML pages (`--format html`: a repository's report, and the aggregate dashboard
// from `aggregate`): one self-contained file with its CSS and its little script inline, no
// address outside it, so it reads the same from disk, from an artifact or on GitHub Pages.
// Light and dark themes follow `prefers-color-scheme`; tables sort by a click on a column's
// heading when scripts run and read as plain tables when they do not.

/** Text as HTML: the five characters that could open markup or end an attribute, as entities. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** An address for an `href`: only http(s) and relative ones; anything else (javascript:) is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined
  if (/^https?:\/\//i.test(url)) return url
  // Relative paths (a report beside the dashboard); no scheme, no protocol-relative `//host`.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) return url
  return undefined
}

/** A link when there is a safe address, plain text otherwise. */
export function link(text: string, url: string | undefined): string {
  const href = safeHref(url)
  return href === undefined
    ? escapeHtml(text)
    : `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
}

export interface Column {
  label: string
  /** Right-aligned, sorted as numbers. */
  numeric?: boolean
  /** Kept on one line in a table that wraps (a date). */
  nowrap?: boolean
}

export interface Cell {
  /** The cell's content, already HTML. */
  html: string
  /** What the column sorts by when it is not the text: a number, or '' to sort last. */
  sort?: string | number
}

/** A cell of plain text (escaped), sorted by `sort` when given. */
export function textCell(text: string, sort?: string | number): Cell {
  return sort === undefined ? { html: escapeHtml(text) } : { html: escapeHtml(text), sort }
}

/**
 * A table with a caption and column headings, in a box that scrolls sideways on a narrow
 * screen rather than widening the page. `rowAttributes` adds attributes to each row (the
 * dashboard's filters read them).
 */
export function htmlTable(
  caption: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: { id?: string; rowAttributes?: readonly string[]; wrap?: boolean } = {}
): string {
  const head = columns
    .map(
      column =>
        `<th scope="col"${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`
    )
    .join('')
  const body = rows.map((cells, order) => {
    const attributes = options.rowAttributes?.[order] ?? ''
    const tds = cells.map((cell, at) => {
      const column = columns[at]
      const numeric = column?.numeric ? ' class="num"' : column?.nowrap ? ' class="nowrap"' : ''
      const sort = cell.sort === undefined ? '' : ` data-sort="${escapeHtml(String(cell.sort))}"`
      return at === 0
        ? `<th scope="row"${sort}>${cell.html}</th>`
        : `<td${numeric}${sort}>${cell.html}</td>`
    })
    return `<tr${attributes ? ` ${attributes}` : ''}>${tds.join('')}</tr>`
  })
  const id = options.id ? ` id="${escapeHtml(options.id)}"` : ''
  return [
    // Cells of figures and short words stay on one line; a table of sentences (`wrap`) wraps.
    `<div class="table-box"><table class="sortable${options.wrap ? '' : ' short'}"${id}>`,
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table></div>'
  ].join('\n')
}

const CSS = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--link:#0969da;--quiet:#9a6700;--index:#1f7aec}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#f0f6fc;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--link:#4493f8;--quiet:#d29922}}
*{box-sizing:border-box}
[hidden]{display:none !important}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
main{max-width:1280px;margin:0 auto;padding:24px 16px 48px}
h1{font-size:1.75rem;margin:0 0 4px}h2{font-size:1.3rem;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:2px solid var(--link);outline-offset:2px}
.muted{color:var(--muted)}
.headline{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.figure{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:150px}
.figure .value{font-size:1.9rem;font-weight:600;line-height:1.2}.figure .label{color:var(--muted);font-size:.875rem}
.figure.index .value{color:var(--index)}
.quiet{color:var(--quiet);font-weight:600}
.table-box{max-width:100%;overflow-x:auto;margin:8px 0 16px}
table{border-collapse:collapse;min-width:50%}
caption{text-align:left;color:var(--muted);font-size:.875rem;padding:4px 0}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
thead th{background:var(--panel);vertical-align:bottom}
.short td{white-space:nowrap}
tbody th{font-weight:600}
.nowrap{white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody th,.quiet{white-space:nowrap}
th button{all:unset;cursor:pointer;font:inherit;color:inherit}
th button::after{content:" \\2195";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
.chart{max-width:760px}
.chart svg{width:100%;height:auto;display:block}
.chart text{fill:var(--fg);font-size:13px}
.chart .grid{stroke:var(--line)}
.chart .axis{fill:var(--muted)}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;margin:4px 0}
.swatch{display:inline-block;width:22px;height:4px;vertical-align:middle;margin-right:6px;border-radius:2px}
.swatch.index{height:7px}
.filters{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:center;margin:8px 0}
input,select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:4px 8px}
footer{margin-top:40px;color:var(--muted);font-size:.875rem}
`

/**
 * Sorting: each heading of a `table.sortable` becomes a button; a click sorts the rows by the
 * cells' `data-sort` (numbers) or their text, ascending then descending. Cells sorted by '' (no
 * activity) stay last either way.
 */
const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table.sortable')) {
  const heads = [...table.tHead.rows[0].cells]
  heads.forEach((th, column) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = th.textContent
    th.textContent = ''
    th.append(button)
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending'
      for (const other of heads) other.removeAttribute('aria-sort')
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending')
      const numeric = th.classList.contains('num')
      const key = row => {
        const cell = row.cells[column]
        return cell.dataset.sort ?? cell.textContent.trim()
      }
      const rows = [...table.tBodies[0].rows]
      rows.sort((a, b) => {
        const x = key(a), y = key(b)
        if (x === '' || y === '') return (x === '') - (y === '')
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y)
        return ascending ? order : -order
      })
      table.tBodies[0].append(...rows)
    })
  })
}
`

/** The whole page: `body` is HTML; `script` runs after the sorting script. */
export function htmlPage(title: string, body: string, script = ''): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    `<script>${SORT_SCRIPT}${script}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
