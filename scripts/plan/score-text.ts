const NUMBER = /(?<![A-Z\d.\-])\d+(?:[.,]\d+)*/gi
const NAME = /[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][A-Za-z]*[A-Z0-9][\w.-]*|[A-Za-z]+(?:-[A-Za-z]+)*-\d[\w.-]*|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g

/** The distinct numbers in a text (`1750`, `3.7`, `10,000`), not digits inside names like `GPT-3`. */
export function numbersIn(text: string): string[] {
  return [...new Set(text.match(NUMBER) ?? [])]
}

/** Names written in Latin letters that carry meaning: `ChatGPT`, `GPT-3`, `OpenAI`. */
export function namesIn(text: string): string[] {
  return [...new Set(text.match(NAME) ?? [])]
}

/** What a clause carries: numbers, names and the article's own emphasis. */
export function clauseValue(text: string, emphasis: number): number {
  return Math.min(3, numbersIn(text).length) * 1.2
    + Math.min(2, namesIn(text).length) * 0.5
    + (emphasis >= 2 ? 3 : 0)
    - 0.4
}
