// Comments that instruct a tool — a linter, type checker, formatter or coverage tool — rather
// than explain code to a reader. Adding `// eslint-disable-next-line` is a code change in all
// but syntax: the comment lexer reads these as code (comment-lexer.ts), and the tool-directives
// signal explains such edits (signals/tool-directives.ts).

const DIRECTIVE =
  /^\s*(\/\/+|\/\*+|#+|--|;+|%|<!--)?\s*(eslint(-disable|-enable)?\b|eslint-disable|jshint\b|jscs:|tslint:|@ts-(ignore|expect-error|nocheck|check)\b|prettier-ignore|biome-ignore|deno-lint-ignore|deno-fmt-ignore|dprint-ignore|stylelint-(disable|enable)|markdownlint-(disable|enable|capture|restore)|istanbul ignore|c8 ignore|v8 ignore|noqa\b|type:\s*ignore|pyright:|mypy:|pylint:\s*(disable|enable)|pragma:\s*no (cover|branch)|fmt:\s*(off|on|skip)|isort:\s*(skip|off|on)|ruff:\s*(noqa|isort)|nolint\b|lint:(ignore|file-ignore)|go:(generate|build|embed|linkname|noinline|nosplit)\b|\+build\b|NOLINT|NOSONAR|noinspection|rubocop:(disable|enable|todo)|swiftlint:|clang-format (off|on)|cspell:|spell-?checker:|codespell:ignore|@formatter:(off|on)|CHECKSTYLE:|ktlint-disable|detekt|@suppress|coverage:ignore|nosec\b|gosec\b)/i

/** Whether a comment's text (with or without its marker) is a tool directive. */
export function isToolDirective(comment: string): boolean {
  return DIRECTIVE.test(comment)
}
