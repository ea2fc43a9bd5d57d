// Where GitHub is: the REST and GraphQL endpoints and the web host, from the runner's (or the
// shell's) environment, for github.com and GitHub Enterprise Server alike.

export interface GitHubEndpoints {
  apiUrl: string
  graphqlUrl: string
}

export const PUBLIC_API_URL = 'https://api.github.com'

/**
 * The REST and GraphQL endpoints from the runner's environment. GitHub Enterprise Server serves
 * REST under `https://host/api/v3` and GraphQL at `https://host/api/graphql`; when only
 * GITHUB_API_URL is set, the GraphQL URL is derived from it.
 */
export function githubEndpointsFromEnv(env: Record<string, string | undefined>): GitHubEndpoints {
  const apiUrl = (env.GITHUB_API_URL || PUBLIC_API_URL).replace(/\/+$/, '')
  const graphqlUrl = env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl)
  return { apiUrl, graphqlUrl }
}

/**
 * The web address of the GitHub host (where repositories, commits and issues are shown):
 * GITHUB_SERVER_URL as set on runners, else the one that serves GITHUB_API_URL
 * (`https://host/api/v3` → `https://host`), else github.com.
 */
export function githubServerUrlFromEnv(env: Record<string, string | undefined>): string {
  if (env.GITHUB_SERVER_URL) return env.GITHUB_SERVER_URL.replace(/\/+$/, '')
  const apiUrl = (env.GITHUB_API_URL || PUBLIC_API_URL).replace(/\/+$/, '')
  if (apiUrl === PUBLIC_API_URL) return 'https://github.com'
  return apiUrl.replace(/\/api\/v3$/, '')
}

/** The GraphQL endpoint that belongs to a REST base URL. */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '')
  if (/\/api\/v3$/.test(base)) return base.replace(/\/api\/v3$/, '/api/graphql')
  return `${base}/graphql`
}
