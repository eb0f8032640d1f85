import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../scripts/plan/detect-language'

describe('detectLanguage', () => {
  it('detects Chinese, even with many English names', () => {
    expect(detectLanguage('ChatGPT使用了GPT-3.5模型，OpenAI和微软合作，在Azure上训练。')).toBe('zh-CN')
  })

  it('detects English, even with a few Chinese words', () => {
    expect(detectLanguage('This deck mixes a little 中文 into a long English sentence about testing and shipping.')).toBe('en')
  })

  it('detects Japanese by its kana, with kanji and English names in it', () => {
    expect(detectLanguage('大規模言語モデルは、ソフトウェア開発の進め方を大きく変えつつあります。')).toBe('ja')
    expect(detectLanguage('ChatGPT は OpenAI が GPT-3.5 をもとに作ったモデルです。')).toBe('ja')
    expect(detectLanguage('東京都千代田区の人口')).toBe('ja')
  })

  it('keeps Chinese that quotes a little Japanese, and English that quotes a Japanese phrase', () => {
    expect(detectLanguage(`${'大模型正在改变软件开发的方式，本文介绍它的原理和应用。'.repeat(5)}日本称之为「生成AI」，例如ソニー。`)).toBe('zh-CN')
    expect(detectLanguage('The team greeted every visitor with a cheerful ありがとう before the long demo of the new release.')).toBe('en')
  })

  it('detects English when there is no CJK text at all', () => {
    expect(detectLanguage('Plain English, with numbers like 42 and names like GPT-4.')).toBe('en')
    expect(detectLanguage('')).toBe('en')
  })

  it('follows the front matter when it says', () => {
    expect(detectLanguage('English text', 'zh')).toBe('zh-CN')
    expect(detectLanguage('中文内容', 'en-US')).toBe('en')
    expect(detectLanguage('中文内容', 'ja-JP')).toBe('ja')
    expect(detectLanguage('日本語の文章です。', 'zh-Hans')).toBe('zh-CN')
  })
})
