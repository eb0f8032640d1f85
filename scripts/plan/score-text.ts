import type { Lang } from '../model/deck'
import { measureText } from './measure-text'

const NUMBER = /(?<![A-Z\d.\-])\d+(?:[.,]\d+)*/gi
const NAME = /[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][A-Za-z]*[A-Z0-9][\w.-]*|[A-Za-z]+(?:-[A-Za-z]+)*-\d[\w.-]*|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g
const FILLER = {
  'zh-CN': /^(?:我们)?(?:一一来看|来看[一下]*|可以总结一下|举一个简单的例子|举个例子)|如图所示|如下所示|下面(?:是|我们|我向你)|让我们|我们来看|我们再来看/,
  'en': /^(?:let's|let us|here's|here is|below is|below are|as follows|for example|as you can see)\b/i,
  'ja': /^(?:それでは|では|例えば|たとえば)|(?:見て|考えて)(?:み|いき)ましょう|(?:以下|次|図)の(?:とおり|通り|ように)/,
} satisfies Record<Lang, RegExp>
const DANGLING_END = {
  'zh-CN': /(?:在于|就是|[是为后时的当而和与及]|如下|包括|比如|例如|因为|由于|为了|对于|关于|通过)[，；：,;:]?$/,
  'en': /\b(?:is|are|was|were|of|to|for|and|or|but|the|a|an|that|which|because|when|with|by|as|like|such as|including)[,;:]?$/i,
  'ja': /(?:[はがをにでともへのてし]|から|まで|より|ため|ので|けれど|けど|など|ように|として|について|によって)[、，；：,;:]?$/,
} satisfies Record<Lang, RegExp>
const DANGLING_START = {
  'zh-CN': /^(?:[使并而且也就则即]|所以|因此|从而|以及|或者|其实)/,
  'en': /^(?:and|or|but|so|which|that|because|while|then)\b/i,
  'ja': /^(?:そして|しかし|また|ただし|つまり|さらに|だから|そのため|したがって|ところが|なぜなら)/,
} satisfies Record<Lang, RegExp>

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

/** A candidate point: a run of clauses of one sentence. */
export interface Candidate {
  text: string
  /** Sum of {@link clauseValue} over the candidate's clauses. */
  value: number
  /** Index of the candidate's sentence in its paragraph. */
  sentence: number
  /** Whether the candidate starts at the beginning of its sentence. */
  leadClause: boolean
  /** Whether the candidate ends where its sentence ends. */
  endsSentence: boolean
}

/**
 * Scores a candidate point: what its clauses carry (emphasis, numbers, names), the
 * lead sentence, and whole thoughts; questions, fillers ("let's see") and fragments
 * count against. Deterministic; higher is better.
 */
export function scoreCandidate(candidate: Candidate, lang: Lang, budget: number): number {
  const text = candidate.text.trim()
  let score = candidate.value + 1.2 * Math.min(1, measureText(text) / budget)
  if (candidate.sentence === 0)
    score += candidate.leadClause ? 2 : 1.5
  else if (candidate.leadClause)
    score += 0.5
  if (!candidate.endsSentence && measureText(text) < budget * 0.35)
    score -= 1
  if (lang === 'en' && !candidate.leadClause && /^[a-z`]/.test(text))
    score -= 1
  if (candidate.endsSentence)
    score += 0.5
  if (!candidate.endsSentence && DANGLING_END[lang].test(text))
    score -= 1.5
  if (DANGLING_START[lang].test(text))
    score -= 0.5
  if (/[？?]$/.test(text))
    score -= 1
  if (FILLER[lang].test(text))
    score -= 2.5
  if (measureText(text) < 6)
    score -= 2
  return score
}
