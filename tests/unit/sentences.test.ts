import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../scripts/plan/sentences'

const texts = (text: string, lang: 'en' | 'zh-CN' = 'en') => splitSentences(text, lang).map(span => span.text)

describe('splitSentences', () => {
  it.each([
    ['GPT-4 vs. GPT-3.5 is a big jump. It shows.', ['GPT-4 vs. GPT-3.5 is a big jump.', 'It shows.']],
    ['Dr. Smith agrees. Prof. Lee does not.', ['Dr. Smith agrees.', 'Prof. Lee does not.']],
    ['Brown et al. Table 2 lists the data. It is large.', ['Brown et al. Table 2 lists the data.', 'It is large.']],
    ['See Fig. 3 and Eq. 7 for details. Then go on.', ['See Fig. 3 and Eq. 7 for details.', 'Then go on.']],
    ['Models, e.g. GPT-3, are large, i.e. costly. Next.', ['Models, e.g. GPT-3, are large, i.e. costly.', 'Next.']],
    ['Use Python 3.11.2 today. It is 3.5 times faster.', ['Use Python 3.11.2 today.', 'It is 3.5 times faster.']],
  ])('keeps %j whole where an abbreviation or a number has a period', (text, expected) => {
    expect(texts(text)).toEqual(expected)
  })

  it('keeps Chinese figure and table numbers whole', () => {
    expect(texts('如图 5.3 所示，损失下降。表 2.1 给出了数据。', 'zh-CN')).toEqual(['如图 5.3 所示，损失下降。', '表 2.1 给出了数据。'])
  })

  it('still ends sentences at real ends, and offsets cover the text', () => {
    const text = 'It ends here. The next one starts.'
    const spans = splitSentences(text, 'en')
    expect(spans.map(span => text.slice(span.start, span.end))).toEqual(['It ends here.', 'The next one starts.'])
  })
})
