import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../scripts/plan/detect-language'

describe('detectLanguage', () => {
  it('detects Chinese, even with many English names', () => {
    expect(detectLanguage('ChatGPT使用了GPT-3.5模型，OpenAI和微软合作，在Azure上训练。')).toBe('zh-CN')
  })

  it('detects English, even with a few Chinese words', () => {
    expect(detectLanguage('This deck mixes a little 中文 into a long English sentence about testing and shipping.')).toBe('en')
  })

  it('follows the front matter when it says', () => {
    expect(detectLanguage('English text', 'zh')).toBe('zh-CN')
    expect(detectLanguage('中文内容', 'en-US')).toBe('en')
  })
})
