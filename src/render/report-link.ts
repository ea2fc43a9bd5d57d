// Where a repository's own report is, from the template a workflow gives (`html-report-link`,
// `--report-link`): `{repository}` is owner/name, `{owner}` and `{name}` its parts, so one
// template serves the dashboard and the aggregate table alike.
export function reportLinkFor(repository: string, template: string): string {
  const [owner = '', name = ''] = repository.split('/')
  return template
    .replaceAll('{repository}', repository)
    .replaceAll('{owner}', encodeURIComponent(owner))
    .replaceAll('{name}', encodeURIComponent(name))
}
