import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { MAX_CODE_LINES, MAX_POINTS, MAX_TABLE_ROWS } from '../../scripts/plan/budget'
import { splitCode } from '../../scripts/plan/code-excerpt'
import { inlineText } from '../../scripts/plan/inlines'
import { countPoints, leadPoint, toUnits } from '../../scripts/plan/to-units'

const units = (markdown: string, lang: 'zh-CN' | 'en' = 'zh-CN') => toUnits(parseMarkdown(markdown).children, { lang })

describe('toUnits', () => {
  it('shows a paragraph\'s key point and keeps its whole text in the notes', () => {
    const [unit] = units('GPT-3使用了大约45TB的文本数据，一次训练费用近460万美元。这也是人们所讲的大力出奇迹。')
    expect(unit).toMatchObject({ kind: 'flow', weight: 1 })
    expect(unit!.notes).toEqual([{ type: 'paragraph', inlines: [{ type: 'text', value: 'GPT-3使用了大约45TB的文本数据，一次训练费用近460万美元。这也是人们所讲的大力出奇迹。' }] }])
  })

  it('keeps a paragraph ending with a colon with what it introduces', () => {
    const [lead, list] = units('GPT-3的训练数据有三个来源：\n\n- 甲\n- 乙\n')
    expect(lead).toMatchObject({ kind: 'flow', leadIn: true })
    expect(list).toMatchObject({ kind: 'flow' })
  })

  it('sends a lead-in that only announces (“如下：”) to the notes', () => {
    const [lead, list] = units('训练数据如下：\n\n- 甲\n- 乙\n')
    expect(lead).toMatchObject({ kind: 'notes', blocks: [] })
    expect(list).toMatchObject({ kind: 'flow' })
  })

  it('sends a filler paragraph to the notes only', () => {
    expect(units('我们可以总结一下。')[0]).toMatchObject({ kind: 'notes', blocks: [] })
  })

  it('makes a bold-only paragraph a statement', () => {
    expect(units('**工程化主要就是指集技术、数据、产品、资源于一身。**')[0]).toMatchObject({ kind: 'statement', statement: { variant: 'statement' } })
  })

  it('keeps list nesting to two levels and the budget of points, the rest in the notes', () => {
    const list = units(`- a\n  - a1\n    - a1x\n  - a2\n- b\n- c\n- d\n- e\n- f\n- g\n`, 'en')
    expect(list.map(unit => unit.weight)).toEqual([MAX_POINTS, 3])
    expect(list.every(unit => unit.weight <= MAX_POINTS)).toBe(true)
    const shown = list[0]!.blocks[0]
    expect(shown?.type === 'points' && shown.items[0]!.children.map(child => child.children.length)).toEqual([0, 0])
    const notes = list[0]!.notes[0]
    expect(notes?.type === 'points' && notes.items[0]!.children[0]!.children).toHaveLength(1)
  })

  it('turns list items holding code into steps, with each code block after its step', () => {
    const steps = units('1. Connect:\n\n   ```python\n   client = Client()\n   ```\n\n2. Ask:\n\n   ```python\n   client.ask()\n   ```\n', 'en')
    expect(steps.map(unit => unit.blocks[0]?.type)).toEqual(['points', 'code', 'points', 'code'])
    expect(steps[2]!.blocks[0]).toMatchObject({ ordered: true, start: 2 })
  })

  it('shows code longer than a slide as one excerpt, knowing which lines it shows, the whole block in the notes', () => {
    for (const length of [30, 120]) {
      const code = Array.from({ length }, (_, i) => `line_${i}()`).join('\n')
      const parts = units(`\`\`\`python title="run.py"\n${code}\n\`\`\`\n`)
      expect(parts).toHaveLength(1)
      const [part] = parts
      expect(part!.kind).toBe('own')
      expect(part!.chunk!.to - part!.chunk!.from + 1).toBeLessThanOrEqual(MAX_CODE_LINES)
      expect(part!.blocks[0]).toMatchObject({ type: 'code', value: code.split('\n').slice(0, part!.chunk!.to).join('\n'), title: 'run.py' })
      expect(part!.chunk).toMatchObject({ from: 1, of: length })
      expect(part!.notes).toEqual([{ type: 'code', lang: 'python', value: code, title: 'run.py' }])
    }
  })

  it('shows code that fits a slide whole, with no excerpt mark', () => {
    const code = Array.from({ length: 16 }, (_, i) => `line_${i}()`).join('\n')
    const [part] = units(`\`\`\`python\n${code}\n\`\`\`\n`)
    expect(part!.blocks).toEqual([{ type: 'code', lang: 'python', value: code }])
  })

  it('reads a quote opening with a bold label over more paragraphs as a subsection: the label its heading, its paragraphs points (en, zh)', () => {
    for (const [label, body, lang] of [
      ['🧮 The math behind it', 'A sigmoid maps any value to a number between 0 and 1, so its output can be read as a probability.', 'en'],
      ['🧮 背后的数学', '逻辑函数把任意实数映射到0到1之间，所以它的输出可以当作概率来解释。', 'zh-CN'],
    ] as const) {
      const parts = toUnits(parseMarkdown(`> **${label}**\n>\n> ${body}\n`).children, { lang })
      expect(parts[0]).toMatchObject({ kind: 'heading', heading: label })
      expect(parts.slice(1).flatMap(unit => unit.blocks).map(block => block.type)).toEqual(['points'])
    }
    const callout = toUnits(parseMarkdown('> **Tip:** Keep the lockfile.\n>\n> It pins every version.\n').children, { lang: 'en' })
    expect(callout.some(unit => unit.kind === 'heading')).toBe(false)
  })

  it('shows an aside marked with an emoji only by its opening, or by the answer to the question it opens with (zh, en)', () => {
    const shown = (markdown: string, lang: 'zh-CN' | 'en') => units(markdown, lang).flatMap(unit => unit.blocks).flatMap(block => block.type === 'points' ? block.items.map(item => inlineText(item.inlines)) : [])
    const zh = shown('✅ 这种结构被称为事件循环。许多桌面程序在底层都使用它。事件循环监听来自按钮或键盘的消息，并对其作出响应。\n', 'zh-CN')
    expect(zh.join('\n')).not.toMatch(/监听|桌面程序/)
    const en = shown('✅ This structure is called an event loop. Most desktop programs use it underneath. The loop listens for messages from buttons or keyboards and answers each of them.\n', 'en')
    expect(en.join('\n')).not.toMatch(/listens|desktop/)
    const answered = shown('✅ Q: How did the model do on the test set? A: Not too bad; there are many correct rows but also a few rows classified wrongly.\n', 'en')
    expect(answered.join('\n')).toMatch(/classified wrongly/)
    expect(shown('✅ Every test passes before the release goes out to the users.\n', 'en')).toEqual(['Every test passes before the release goes out to the users'])
  })

  it('keeps long program output in the notes, and shows short output', () => {
    const output = Array.from({ length: 40 }, (_, i) => `epoch ${i}: loss 0.${i}`).join('\n')
    const long = units(`\`\`\`output\n${output}\n\`\`\`\n`)
    expect(long).toEqual([expect.objectContaining({ kind: 'notes', blocks: [], notes: [{ type: 'code', lang: 'output', value: output }] })])
    const short = units('```text\nloss 0.1\nloss 0.05\n```\n')
    expect(short[0]!.blocks).toEqual([{ type: 'code', lang: 'text', value: 'loss 0.1\nloss 0.05' }])
  })

  it('splits a tall table by rows, repeating its header', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `| r${i} | ${i} |`).join('\n')
    const parts = units(`| name | value |\n| --- | ---: |\n${rows}\n`)
    expect(parts).toHaveLength(Math.ceil(20 / MAX_TABLE_ROWS))
    for (const part of parts) {
      const table = part.blocks[0]
      expect(table?.type === 'table' && table.rows.length).toBeLessThanOrEqual(MAX_TABLE_ROWS)
      expect(table?.type === 'table' && table.header.map(cell => inlineText(cell))).toEqual(['name', 'value'])
    }
  })

  it('shows a short quote on the slide and gives a long one a slide of its own', () => {
    expect(units('> Generate 10 questions on geography.')[0]).toMatchObject({ kind: 'flow', blocks: [{ type: 'quote' }] })
    const long = `> ${'A model that has seen the whole scenario answers with the arguments it was given, in the order it was given them. '.repeat(3)}`
    expect(units(long, 'en')[0]).toMatchObject({ kind: 'statement', statement: { variant: 'quote' } })
  })

  it('keeps a quote that only tells the reader what to do in the notes', () => {
    const instruction = `> ${'We recommend you to use the included notebook if you want to run the scenario below, or read along. '.repeat(3)}`
    expect(units(instruction, 'en')[0]).toMatchObject({ kind: 'notes' })
  })

  it('shows display math and images as they are', () => {
    expect(units('$$a+b$$')[0]).toMatchObject({ blocks: [{ type: 'math', value: 'a+b' }] })
    expect(units('![图](https://example.com/a.png)')[0]).toMatchObject({ blocks: [{ type: 'image', remote: true, alt: '图' }], follows: true })
  })
})

describe('leadPoint', () => {
  it('opens with the first sentence that makes a point, and adds the next ones while they fit', () => {
    expect(inlineText(leadPoint([{ type: 'text', value: 'A. Chatbots are great at providing answers to questions from users. By using function calling, the chatbots can do more.' }], 'en')))
      .toBe('Chatbots are great at providing answers to questions from users')
    expect(inlineText(leadPoint([{ type: 'text', value: 'Consistent response format. Easier to parse.' }], 'en'))).toBe('Consistent response format. Easier to parse')
  })

  it('shows a list item\'s whole first sentence rather than its head cut before a subordinate part', () => {
    const text = inlineText(leadPoint([{ type: 'text', value: 'Create error handling when the function call and/or API call does not return any suitable courses for the user.' }], 'en'))
    expect(text).toBe('Create error handling when the function call and/or API call does not return any suitable courses for the user')
  })

  it('never cuts a list item mid-sentence: a sentence too long for a point is shown whole, up to twice the budget', () => {
    const long = 'If your model predicts a pumpkin as not orange and it belongs to category not-orange in reality we call it a true negative, shown by the top left number.'
    expect(inlineText(leadPoint([{ type: 'text', value: long }], 'en'))).toBe(long.slice(0, -1))
    const zh = '如果模型把一个不是橙色的南瓜预测为不是橙色，而它实际上也属于不是橙色这一类，我们就把它叫作真阴性，在矩阵里对应左上角的那个数字，这是最常见的一种情况。'
    expect(inlineText(leadPoint([{ type: 'text', value: zh }], 'zh-CN'))).not.toMatch(/，$|^在矩阵里/)
  })
})

describe('splitCode', () => {
  it('makes even parts and cuts at a blank line nearby', () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i === 14 ? '' : `x${i}`))
    expect(splitCode(lines, 18).map(part => part.length)).toEqual([14, 15])
  })
})

describe('splitCode at the end of a statement', () => {
  it('cuts an object where its brackets close, not in the middle of one of its entries', () => {
    const entry = (name: string) => [`  "${name}": {`, '    "type": "string",', `    "description": "the ${name}"`, '  },']
    const lines = ['schema = {', ...entry('role'), ...entry('product'), ...entry('level'), ...entry('topic'), ...entry('language'), ...entry('format'), '}']
    const parts = splitCode(lines, 18)
    expect(parts).toHaveLength(2)
    expect(parts[0]!.at(-1)).toBe('  },')
  })

  it('cuts a function between its statements at the level it starts, not inside an indented block', () => {
    const lines = ['def run(data):', ...Array.from({ length: 9 }, (_, i) => `    step${i}(data)`), '', 'def report(result):', ...Array.from({ length: 9 }, (_, i) => `    show${i}(result)`)]
    expect(splitCode(lines, 18)[1]![0]).toBe('def report(result):')
  })

  it('looks past blank lines for the indentation of what follows a cut', () => {
    const body = (name: string) => [`def ${name}(data):`, '    a = read(data)', '', '    b = keep(a)', '', '    c = shape(b)', '', '    return c', '']
    const lines = [...body('first'), ...body('second'), ...body('third')].slice(0, -1)
    const parts = splitCode(lines, 18)
    expect(parts).toHaveLength(2)
    expect(parts.map(part => part[0])).toEqual(['def first(data):', 'def second(data):'])
  })
})

describe('countPoints', () => {
  it('counts nested points', () => {
    expect(countPoints({ inlines: [], children: [{ inlines: [], children: [{ inlines: [], children: [] }] }] })).toBe(3)
  })
})
