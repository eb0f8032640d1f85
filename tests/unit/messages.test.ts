import type { Lang } from '../../scripts/model/deck'
import type { Messages } from '../../scripts/model/messages'
import { describe, expect, it } from 'vitest'
import { MESSAGES, SANS_FONT } from '../../scripts/model/messages'
import { describeRate, JA_CHARS_PER_MINUTE, speakingSeconds } from '../../scripts/plan/plan-timing'

const LANGS: Lang[] = ['zh-CN', 'en', 'ja']

/** Every message, called with sample arguments, as text. */
function rendered(messages: Messages): Record<string, string> {
  const call = (value: Messages[keyof Messages]): string => {
    if (typeof value === 'string')
      return value
    return (value as (...args: unknown[]) => string)(...(value.length === 1 ? ['X'] : value.length === 2 ? [3, '1:35'] : ['0:38', '2:07', '23:00']))
  }
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, call(value)]))
}

describe('the messages table', () => {
  it('has every message for every language, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort()
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGS].sort())
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual(keys)
      for (const [key, text] of Object.entries(rendered(MESSAGES[lang])))
        expect(text.trim(), `${lang}.${key}`).not.toBe('')
      expect(SANS_FONT[lang]).toMatch(/^Noto Sans/)
    }
  })

  it('speaks each language in its own words', () => {
    expect(MESSAGES.ja.agenda).toBe('目次')
    expect(MESSAGES.ja.closing).toBe('ご清聴ありがとうございました')
    expect(MESSAGES.ja.timeLine('0:38', '2:07', '23:00')).toBe('時間：このスライド 0:38 · 終了時 2:07 / 23:00')
    expect(MESSAGES.ja.scriptSummary(12, undefined)).toBe('講演原稿：全 12 枚。')
    expect(SANS_FONT.ja).toBe('Noto Sans JP')
  })

  it('gives every language the field TypeScript asks of it: a third language compiles only when complete', () => {
    const complete: Record<'xx', Messages> = { xx: { ...MESSAGES.en, closing: 'Merci' } }
    // @ts-expect-error a language without `timeLine` is not a set of messages
    const incomplete: Record<'xx', Messages> = { xx: { agenda: 'Agenda', intro: 'Intro', closing: 'Merci', untitled: '(sans titre)', originalTitle: (title: string) => title, codeLines: () => '', tableRows: () => '', figure: (caption: string) => caption, codeBlock: () => '', formula: '', shown: '', scriptSummary: () => '', handoutSummary: () => '', speakingRate: () => '' } }
    expect(complete.xx.closing).toBe('Merci')
    expect(incomplete.xx.timeLine).toBeUndefined()
  })
})

describe('speaking rate', () => {
  it('reads Japanese, kana and kanji alike, at its own rate', () => {
    expect(speakingSeconds('あ'.repeat(JA_CHARS_PER_MINUTE), 'ja')).toBeCloseTo(60)
    expect(speakingSeconds('カタカナと漢字ーです'.repeat(JA_CHARS_PER_MINUTE / 10), 'ja')).toBeCloseTo(60)
    expect(speakingSeconds('说'.repeat(230), 'zh-CN')).toBeCloseTo(60)
  })

  it('names the rate of each language for the build log', () => {
    expect(describeRate('zh-CN')).toBe('230 characters a minute')
    expect(describeRate('en')).toBe('140 words a minute')
    expect(describeRate('ja')).toBe('300 characters a minute')
  })
})
