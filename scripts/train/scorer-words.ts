/** Lower-cased word tokens of a text, as SciDuet's scorer (`../shared/sciduet/score.mjs`) reads them. */
export function scorerTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? []
}
