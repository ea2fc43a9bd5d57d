// The --help text: every command and flag, with the defaults and exit codes.
export const HELP = `Usage: multiplier <command> [options]

Reports how much of a team's recent work multiplies the team (documentation, automation,
shared patterns) against direct feature output.

Commands:
  report                 Report on one repository (the default command)
  pr                     Print the comment the action would post on a pull request of
                         the current branch (from the clone, no token)
  aggregate FILE...      Roll JSON reports of many repositories up into one org report
  repos OWNER            List an organisation's or user's repositories as a JSON array
                         (for a workflow matrix)
  help                   Show this help

Report options:
  --repo PATH            Git working tree to read (default: the current directory)
  --github OWNER/REPO    Read merged pull requests from the GitHub API instead of git
                         (token from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL and
                         GITHUB_GRAPHQL_URL for GitHub Enterprise Server)
  --source SOURCE        auto, git or github (default: github with --github, else git);
                         auto reads the clone when its history covers the window and
                         its trend, and the API for --github otherwise
  --since WHEN           Start of the window: 30d, 12w, 6m, 1y, YYYY-MM-DD or an ISO time
                         (default: the config's since, else 30d)
  --until WHEN           End of the window, exclusive: YYYY-MM-DD means the end of that day
                         (UTC), or an ISO time (default: now)
  --config FILE          Config file (default: .github/multiplier.yml in the repository,
                         if it exists)
  --format FORMAT        text (the default on a terminal), markdown (the default when
                         piped or with --output), json, badge (shields.io endpoint JSON)
                         or html (one self-contained page)
  --no-color             No colour in text (also NO_COLOR=1; never coloured when piped)
  --output FILE          Write the report to FILE instead of standard output
  --api-budget N         With --github: stop after N API requests and report what was
                         covered (default: no limit)
  --request-timeout S    Seconds to wait for each answer from GitHub; a request with no
                         answer is retried 3 times, then the run fails (default: 30)
  --history N            Windows in the history and its chart, the report's last; 0 for
                         none (default: the config's history, else 6)
  --teams                Add the scores per CODEOWNERS team (@org/team); never per person
  --unit pull-request|commit
                         How git history is counted: one change per merged pull request or
                         direct push (default), or every commit

Pr options:
  --repo PATH            Git working tree to read (default: the current directory)
  --base REF             What the pull request merges into (default: origin/HEAD, else
                         main, else master)
  --title TEXT           The pull request's title (default: the one commit's subject, else
                         the branch name)
  --label NAME           A label of the pull request (repeatable): category labels and
                         multiplier:skip act as they do on GitHub
  --config FILE          Config file (default: .github/multiplier.yml, if it exists)
  --since WHEN           The window whose docs-debt hotspots are compared (default: the
                         config's since, else 30d)
  --always               Print the comment even where the action stays quiet
                         (only-when-changed: false)
  --comment-on-bots      Print it for a bot's branch too (comment-on-bots: true)

Aggregate options:
  --format FORMAT        markdown (default), json or html (the org dashboard page)
  --report-link TEMPLATE Each repository links to its report at TEMPLATE (markdown and html),
                         {repository} (owner/name), {owner} and {name} replaced, e.g.
                         {repository}.html for reports published beside the page
  --output FILE          Write the org report to FILE instead of standard output
  --expect FILE          JSON array of the repositories that should have a report (the
                         repos command's output); those without one are listed as missing

Repos options (token from GITHUB_TOKEN or GH_TOKEN):
  --include-archived     Keep archived repositories (left out by default)
  --include-forks        Keep forks (left out by default)
  --name GLOB            Keep names matching GLOB (repeatable; !GLOB leaves out)
  --topic TOPIC          Keep repositories with this topic (repeatable: any of them)
  --chunk-size N         Print an array of chunks of N repositories (0: the fewest per
                         chunk that keep within GitHub's 256 matrix jobs)
  --output FILE          Write the list to FILE instead of standard output
  --request-timeout S    Seconds to wait for each answer from GitHub, as for report
                         (default: 30)

General:
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 done (an empty window is not an error), 1 the run failed,
2 the command line is wrong (unknown flag, bad date).
`
