import fc from 'fast-check'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { lineAt } from '../../scripts/parse/dialects/text-rules'
import { linearSpans } from '../../scripts/parse/linear-spans'
import { asidesIn } from '../../scripts/plan/asides'
import { isWideChar } from '../../scripts/plan/measure-text'
import { partition } from '../../scripts/plan/pack-units'
import { isBalanced } from '../../scripts/plan/point-faults'
import { namesIn } from '../../scripts/plan/score-text'
import { splitSentences, wordBoundaries } from '../../scripts/plan/sentences'
import { joinSoftBreaks } from '../../scripts/render/escape'

/**
 * Functions rewritten to run in time linear in their text, each checked against the
 * quadratic code it replaced (kept here as the reference) on texts made of the pieces
 * that decide its behaviour.
 */
const RUNS = { numRuns: 1000, seed: 24 }
const textOf = (pieces: string[], maxLength = 30) => fc.array(fc.constantFrom(...pieces), { maxLength }).map(parts => parts.join(''))

describe('namesIn', () => {
  const NAME = /[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][A-Za-z]*[A-Z0-9][\w.-]*|[A-Za-z]+(?:-[A-Za-z]+)*-\d[\w.-]*|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g
  const reference = (text: string) => [...new Set(text.match(NAME) ?? [])]

  it('finds the names the one regular expression found', () => {
    expect(namesIn('ChatGPT 与 GPT-3.5、Hugging-Face 和 code-davinci-002 比 OpenAI 的 macOS')).toEqual(['ChatGPT', 'GPT-3.5', 'Hugging-Face', 'code-davinci-002', 'OpenAI', 'OS'])
    fc.assert(fc.property(textOf(['a', 'b', 'A', 'Z', '0', '9', '-', '.', '_', ' ', '中', 'é', 'Ab', 'ab-', '-3']), (text) => {
      expect(namesIn(text)).toEqual(reference(text))
    }), RUNS)
  })
})

describe('partition', () => {
  function reference(weights: readonly number[], capacity: number): number[][] {
    const n = weights.length
    if (n === 0)
      return []
    const prefix = [0]
    for (const weight of weights)
      prefix.push(prefix.at(-1)! + weight)
    const load = (from: number, to: number) => prefix[to]! - prefix[from]!
    const fits = (from: number, to: number) => to - from === 1 || load(from, to) <= capacity
    for (let groups = Math.max(1, Math.ceil(prefix[n]! / capacity)); groups <= n; groups++) {
      const best = Array.from({ length: groups + 1 }, () => Array.from<number>({ length: n + 1 }).fill(Infinity))
      const cut = Array.from({ length: groups + 1 }, () => Array.from<number>({ length: n + 1 }).fill(-1))
      best[0]![0] = 0
      for (let g = 1; g <= groups; g++) {
        for (let to = g; to <= n; to++) {
          for (let from = g - 1; from < to; from++) {
            const worst = Math.max(best[g - 1]![from]!, load(from, to))
            if (fits(from, to) && worst < best[g]![to]!) {
              best[g]![to] = worst
              cut[g]![to] = from
            }
          }
        }
      }
      if (best[groups]![n] === Infinity)
        continue
      const result: number[][] = []
      for (let g = groups, to = n; g > 0; g--) {
        const from = cut[g]![to]!
        result.unshift(Array.from({ length: to - from }, (_, i) => from + i))
        to = from
      }
      return result
    }
    return weights.map((_, i) => [i])
  }

  it('splits as the search over every split did', () => {
    const weights = fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom(0.5, 2.25, 7.5)), { maxLength: 12 })
    fc.assert(fc.property(weights, fc.constantFrom(1, 2, 3, 4.5, 6, 8), (list, capacity) => {
      expect(partition(list, capacity)).toEqual(reference(list, capacity))
    }), RUNS)
  })

  it('ends on weights binary fractions cannot hold exactly (thirds, tenths), each weight once, in order, within capacity', () => {
    const weights = fc.array(fc.constantFrom(1 / 3, 2 / 3, 0.1, 0.7, 1.1, 3.7), { minLength: 1, maxLength: 40 })
    fc.assert(fc.property(weights, fc.constantFrom(1, 2.2, 6), (list, capacity) => {
      const groups = partition(list, capacity)
      expect(groups.flat()).toEqual(list.map((_, i) => i))
      for (const group of groups.filter(group => group.length > 1))
        expect(group.reduce((sum, i) => sum + list[i]!, 0)).toBeLessThanOrEqual(capacity + 1e-9)
    }), RUNS)
  })

  it('splits thousands of weights at once', () => {
    const groups = partition(Array.from<number>({ length: 20_000 }).fill(1), 6)
    expect(groups).toHaveLength(3334)
    expect(groups.flat()).toHaveLength(20_000)
  })
})

describe('joinSoftBreaks', () => {
  const reference = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, (match, offset: number, whole: string) => isWideChar(whole[offset - 1] ?? '') && isWideChar(whole[offset + match.length] ?? '') ? '' : ' ')

  it('joins lines as the one regular expression did', () => {
    fc.assert(fc.property(textOf([' ', '\t', '\n', 'a', '中', ' \n ', '\n\n']), (text) => {
      expect(joinSoftBreaks(text)).toBe(reference(text))
    }), RUNS)
  })
})

describe('isBalanced and asidesIn', () => {
  const PAIRS = [['(', ')'], ['（', '）'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['[', ']'], ['【', '】']]
  const balanced = (text: string) => PAIRS.every(([open, close]) => text.split(open!).length === text.split(close!).length) && (text.split('"').length - 1) % 2 === 0
  const ASIDE = /\s*(?:\([^()]*\)|（[^（）]*）)/g
  const asides = (text: string) => [...text.matchAll(ASIDE)].filter(match => match.index > 0).map(match => [match.index, match.index + match[0].length])

  it('count brackets and find asides as before', () => {
    const text = textOf(['(', ')', '（', '）', '“', '”', '"', '[', ']', '【', '】', 'a', ' ', '  '])
    fc.assert(fc.property(text, (sample) => {
      expect(isBalanced(sample)).toBe(balanced(sample))
      expect(asidesIn(sample, 0, sample.length)).toEqual(asides(sample))
    }), RUNS)
  })
})

describe('lineAt', () => {
  it('counts the lines before an offset', () => {
    fc.assert(fc.property(textOf(['a', '\n', 'bc']), fc.nat(40), (text, offset) => {
      expect(lineAt(text, offset)).toBe(text.slice(0, offset).split('\n').length)
    }), RUNS)
  })
})

describe('splitSentences and wordBoundaries on long texts', () => {
  const PIECES = ['This is a sentence. ', 'Dr. ', 'e.g. ', 'etc. and more ', '3.', '14 ', '“Quoted.” ', 'U.S. ', '模型训练数据。', '你好，世界！', 'カタカナ、ひらがな。', '\n', '\n\n', '  ', 'word ', '👍 ', 'x@y.z ', '6.', 'S081 ']
  const ABBREVIATIONS = /(?:^|[\s(（])(?:e\.g|i\.e|et al|vs|cf|approx|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Fig|Figs|Eq|Eqs|Tab|Sec|Ch|Vol|pp|ca|resp|incl|esp|viz)\.$/i
  const segments = (text: string, lang: string, granularity: 'sentence' | 'word') => [...new Intl.Segmenter(lang, { granularity }).segment(text)]
  function sentences(text: string, lang: string) {
    const spans: { start: number, end: number, text: string }[] = []
    for (const { segment, index } of segments(text, lang, 'sentence')) {
      const leading = segment.length - segment.trimStart().length
      const trimmed = segment.trim()
      const last = spans.at(-1)
      if (trimmed && last && (ABBREVIATIONS.test(last.text) || (/\d\.$/.test(last.text) && /^\d/.test(trimmed)) || (last.end === index + leading && /\.[\p{L}\p{N}]/u.test(text.slice(last.end - 1, last.end + 1))))) {
        last.end = index + leading + trimmed.length
        last.text = text.slice(last.start, last.end)
      }
      else if (trimmed) {
        spans.push({ start: index + leading, end: index + leading + trimmed.length, text: trimmed })
      }
    }
    return spans
  }

  it('find what Intl.Segmenter finds in the whole text', () => {
    const lang = fc.constantFrom('en', 'zh-CN', 'ja') as fc.Arbitrary<'en' | 'zh-CN' | 'ja'>
    fc.assert(fc.property(textOf(PIECES, 600), lang, (text, language) => {
      expect(wordBoundaries(text, language)).toEqual([...segments(text, language, 'word').map(({ index }) => index), text.length])
      expect(splitSentences(text, language)).toEqual(sentences(text, language))
    }), { numRuns: 40, seed: 24 })
  })
})

describe('linearSpans', () => {
  const base = () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly).use(remarkMath)
  const micromarks = base()
  const linear = base().use(linearSpans)
  const tree = (processor: ReturnType<typeof base>, text: string) => JSON.stringify(processor.runSync(processor.parse(text)))

  it('pairs emphasis, strong emphasis and strikethrough as micromark does', () => {
    const text = textOf(['*', '_', '~', '**', '__', '~~', '***', 'a', ' ', '中', '，', '。', '“', '”', '[', '](u)', '`', '\\', '!', '.', '\n', '$', '<b>'], 40)
    fc.assert(fc.property(text, (sample) => {
      expect(tree(linear, sample)).toBe(tree(micromarks, sample))
    }), RUNS)
  })
})
