import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { LoopbackGitHub, paginate, secondaryRateLimitFault } from './support/github-server.js'

describe('loopback GitHub', () => {
  let github: LoopbackGitHub
  beforeAll(async () => {
    github = await LoopbackGitHub.start()
    github.route('GET', '/repos/:owner/:repo/issues', request =>
      paginate(
        request,
        github.url,
        Array.from({ length: 65 }, (_, i) => ({ number: i + 1 }))
      )
    )
    github.setGraphQLRoot(() => ({
      repository: (args: { owner: string; name: string }) => ({
        nameWithOwner: `${args.owner}/${args.name}`
      })
    }))
  })
  afterAll(() => github.close())

  it('executes GraphQL documents against GitHub schema with function-valued fields', async () => {
    const response = await fetch(github.graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({
        query: 'query($o:String!){ repository(owner:$o, name:"x"){ nameWithOwner } }',
        variables: { o: 'octo' }
      })
    })
    expect(await response.json()).toEqual({ data: { repository: { nameWithOwner: 'octo/x' } } })
    expect(github.graphqlErrors).toEqual([])
  })

  it('rejects a field that github.com does not have', async () => {
    const response = await fetch(github.graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ repository(owner:"a", name:"b"){ noSuchField } }' })
    })
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toMatch(/noSuchField/)
    expect(github.graphqlErrors.length).toBe(1)
  })

  it('answers a document that does not parse with its syntax error, each time it is sent', async () => {
    const before = github.graphqlErrors.length
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(github.graphqlUrl, {
        method: 'POST',
        body: JSON.stringify({ query: '{ repository(owner:"a" ' })
      })
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0]?.message).toMatch(/^Syntax Error/)
    }
    expect(github.graphqlErrors.length - before).toBe(2)
  })

  it('pages REST lists with a Link header like GitHub', async () => {
    const first = await fetch(`${github.url}/repos/o/r/issues?per_page=30`)
    expect(first.headers.get('link')).toContain('page=2')
    expect(first.headers.get('link')).toContain('rel="last"')
    expect(((await first.json()) as unknown[]).length).toBe(30)
    const last = await fetch(`${github.url}/repos/o/r/issues?per_page=30&page=3`)
    expect(((await last.json()) as unknown[]).length).toBe(5)
    expect(last.headers.get('link')).not.toContain('rel="next"')
  })

  it('injects faults for a given number of requests', async () => {
    github.fail({ times: 1, response: secondaryRateLimitFault(1) })
    expect((await fetch(`${github.url}/repos/o/r/issues`)).status).toBe(403)
    expect((await fetch(`${github.url}/repos/o/r/issues`)).status).toBe(200)
  })
})
