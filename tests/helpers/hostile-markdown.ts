import fc from 'fast-check'

/** Pieces of Markdown that have broken Markdown or Slidev tools, mixed into generated articles. */
export const HAZARDS = [
  '{{ 1 + 1 }}',
  '{{ [].constructor.constructor("window.__canary = 1")() }}',
  '<script>window.__canary = 1</script>',
  '<img src="x.png" onerror="window.__canary = 1">',
  '<kbd>Ctrl</kbd>',
  'H<sub>2</sub>O',
  '<!-- hidden -->',
  '-->',
  '<!--',
  '$5 and $10',
  '*stars*',
  '__under__',
  '`code <!-- x`',
  '[link](javascript:alert(1))',
  '\u200B',
  '\u202Ereversed\u202C',
  '🚀',
  '::right::',
  '<<< @/x.ts',
  'a | b',
  '&amp; &lt;',
  '1750亿',
  '45TB',
  'GPT-3',
  '10,000',
]
const CJK = ['模型', '训练', '数据', '参数', '大力出奇迹', '工程化', '产品', '用户', '推理', '思维链']
const WORDS = ['model', 'training', 'data', 'review', 'small', 'change', 'test', 'deck', 'slide', 'speaker']

const zhSentence = fc.array(fc.oneof(fc.constantFrom(...CJK), fc.constantFrom(...HAZARDS), fc.integer({ min: 0, max: 99999 }).map(String)), { minLength: 2, maxLength: 10 })
  .chain(parts => fc.constantFrom('。', '！', '？', '；').map(end => `${parts.join('，')}${end}`))
const enSentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...HAZARDS), fc.integer({ min: 0, max: 9999 }).map(String)), { minLength: 2, maxLength: 14 })
  .map(parts => `${parts.join(' ').replace(/^./, c => c.toUpperCase())}.`)
const sentence = fc.oneof(zhSentence, enSentence)
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map(parts => parts.join(' '))
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.option(fc.array(fc.oneof(fc.constantFrom(...CJK), fc.constantFrom(...WORDS), fc.constantFrom('{{ x }}', '<b>', '---')), { minLength: 1, maxLength: 4 }), { nil: undefined }))
  .map(([depth, words]) => `${'#'.repeat(depth)}${words ? ` ${words.join(' ')}` : ''}`)
const codeLine = fc.oneof(fc.constantFrom('---', '```', '````', '<!-- open', '-->', '{{ x }}', '</script>', '$$', '::right::', '  indented', ''), fc.constantFrom(...WORDS))
const code = fc.tuple(fc.constantFrom('', 'js', 'python', 'yaml', 'html', 'unknownlang'), fc.array(codeLine, { minLength: 1, maxLength: 30 }))
  .map(([lang, lines]) => `${'`'.repeat(5)}${lang}\n${lines.join('\n')}\n${'`'.repeat(5)}`)
interface Item { text: string, child?: string }

function list(depth: number): fc.Arbitrary<string> {
  const item: fc.Arbitrary<Item> = depth >= 8
    ? sentence.map(text => ({ text }))
    : fc.tuple(sentence, fc.integer({ min: 0, max: 2 })).chain(([text, nested]) => (nested === 0 ? list(depth + 1).map(child => ({ text, child })) : fc.constant({ text })))
  return fc.tuple(fc.boolean(), fc.array(item, { minLength: 1, maxLength: depth <= 2 ? 6 : 2 })).map(([ordered, items]) =>
    items.map(({ text, child }, index) => {
      const marker = ordered ? `${index + 1}. ` : '- '
      const indent = ' '.repeat(marker.length)
      return `${marker}${text}${child ? `\n${child.split('\n').map(line => indent + line).join('\n')}` : ''}`
    }).join('\n'))
}
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 })).chain(([columns, rows]) =>
  fc.array(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...CJK), fc.integer({ min: 0, max: 999 }).map(String), fc.constantFrom('{{ x }}', 'a \\| b', '<kbd>K</kbd>')), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })
    .map(cells => [`| ${Array.from({ length: columns }, (_, i) => `h${i}`).join(' | ')} |`, `|${' --- |'.repeat(columns)}`, ...cells.map(row => `| ${row.join(' | ')} |`)].join('\n')))
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 2, arbitrary: list(1) },
  { weight: 2, arbitrary: code },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: paragraph.map(text => `> ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom('$$a + b = c$$', '$$\n自回归 + RLHF\n$$', '---', '***', '<div onclick="x()">block <b>html</b></div>', '<script>\nwindow.__canary = 1\n</script>', '<!-- note -->', '![alt](https://example.com/a.png)', '[^1]: A footnote.') },
)
const frontMatter = fc.option(fc.constantFrom('---\ntitle: Front {{ x }}\nauthor: A --- B\nlayout: cover\n---\n', '---\n: not yaml [\n---\n', '---\ntheme: seriph\nnested:\n  a: 1\n---\n'), { nil: '' })
/** Whole articles: front matter, blocks of every kind, hazards in text and code, CRLF and BOM. */
export const article = fc.tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 16 }), fc.boolean(), fc.boolean())
  .map(([head, blocks, crlf, bom]) => {
    const text = `${head}${blocks.join('\n\n')}\n`
    return `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`
  })
