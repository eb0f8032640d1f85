import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { planDeck } from '../../scripts/plan'
import { isSetupCode } from '../../scripts/plan/code-excerpt'
import { inlineText } from '../../scripts/plan/inlines'
import { packUnits } from '../../scripts/plan/pack-units'
import { pointsAhead, pointsBack } from '../../scripts/plan/point-faults'
import { toUnits } from '../../scripts/plan/to-units'

type Lang = 'zh-CN' | 'en'
const slides = (markdown: string, lang: Lang) => packUnits(toUnits(parseMarkdown(markdown).children, { lang }))
/** Each slide as the first line of each code block it shows and the points it shows, in order. */
function shown(markdown: string, lang: Lang) {
  return slides(markdown, lang).map(group => group.units.flatMap(unit => unit.blocks).flatMap((block) => {
    if (block.type === 'code')
      return [`code:${block.value.split('\n')[0]}`]
    if (block.type === 'points')
      return block.items.map(item => inlineText(item.inlines))
    return [block.type]
  }))
}
const listing = (name: string, lines = 6) => ['```js', `// ${name}`, ...Array.from({ length: lines - 1 }, (_, i) => `step${i}()`), '```'].join('\n')

describe('text beside the code it is about', () => {
  it('puts the sentence before a listing on the listing\'s slide, not on the slide of the code before it (zh)', () => {
    // Listings too long to share one slide with each other.
    const md = [listing('first', 9), '另一种办法是把参数当作回调的第二个参数传进去，固定它的运行环境。', listing('second', 9)].join('\n\n')
    const deck = shown(md, 'zh-CN')
    const slide = deck.find(items => items.includes('code:// second'))!
    expect(slide).toContain('另一种办法是把参数当作回调的第二个参数传进去，固定它的运行环境')
    expect(deck.find(items => items.includes('code:// first'))).not.toContain('另一种办法是把参数当作回调的第二个参数传进去，固定它的运行环境')
  })

  it('keeps the sentence that explains a listing ("In the code above…") with that listing, not the next one (en)', () => {
    const explanation = 'In the code above, the handler keeps its own copy of the counter and never sees the update.'
    const md = [listing('first', 12), explanation, listing('second')].join('\n\n')
    const groups = slides(md, 'en')
    const holding = (name: string) => groups.find(group => group.units.some(unit => unit.blocks.some(block => block.type === 'code' && block.value.includes(name))))!
    const notesOf = (name: string) => holding(name).units.flatMap(unit => unit.notes).flatMap(block => block.type === 'paragraph' ? [inlineText(block.inlines)] : [])
    expect(notesOf('// first')).toContain(explanation)
    expect(notesOf('// second')).not.toContain(explanation)
  })

  it('tells which way a sentence points: back at what came before, or ahead to what follows', () => {
    expect(pointsBack('上面代码中，回调函数里的this指向顶层对象。', 'zh-CN')).toBe(true)
    expect(pointsBack('下面是一个更清晰的例子。', 'zh-CN')).toBe(false)
    expect(pointsBack('This keeps the value fixed.', 'en')).toBe(true)
    expect(pointsBack('Here is the fixed version.', 'en')).toBe(false)
    expect(pointsAhead('上面代码绑定了一个匿名函数。所以下面的写法是无效的。', 'zh-CN')).toBe(true)
    expect(pointsAhead('The parser reads the file once. The fixed version looks like this.', 'en')).toBe(true)
    expect(pointsAhead('The parser reads the file once.', 'en')).toBe(false)
  })

  it('never shows code the article calls wrong without saying so: the denying clause that points at it goes with it', () => {
    const zh = shown(['每调用一次都会返回一个新函数。这样就无法取消监听，所以下面的代码是无效的。', '```js\nel.off(\'click\', f.bind(o))\n```'].join('\n\n'), 'zh-CN')
    // With the reason its sentence gives, and the sentence that reason leans on ("这样…").
    expect(zh.flat()).toContain('每调用一次都会返回一个新函数。这样就无法取消监听，所以下面的代码是无效的')
    const en = shown(['Each member pins its own version, so the root project cannot depend on both:', '```toml\n[project]\ndependencies = ["a", "b"]\n```'].join('\n\n'), 'en')
    expect(en.flat().some(point => /cannot depend on both/.test(point))).toBe(true)
  })

  it('shows the reason a sentence gives before its denial, and not a frame or a connective as one (zh, en)', () => {
    const zh = shown(['上面代码中，回调绑定的是每次新建的函数。这样会导致无法解除绑定，所以下面的写法是无效的。', '```js\nel.off(\'submit\', f.bind(o))\n```'].join('\n\n'), 'zh-CN')
    expect(zh.flat()).toContain('回调绑定的是每次新建的函数。这样会导致无法解除绑定，所以下面的写法是无效的')
    const en = shown(['Each call builds a new function. That breaks the cleanup, so the following line does not work:', '```js\nel.off("submit", f.bind(o))\n```'].join('\n\n'), 'en')
    expect(en.flat()).toContain('Each call builds a new function. That breaks the cleanup, so the following line does not work')
    const framed = shown(['The resolver reads every requirement. If you run the lock with these pins, resolution will fail:', '```\nerror: no solution\n```'].join('\n\n'), 'en')
    expect(framed.flat()).toContain('Resolution will fail')
  })

  it('keeps the scene of an example the denying clause stands in, less the marker, and the claim before "e.g."', () => {
    const zh = shown(['每调用一次都会返回一个新函数，这会带来一些问题。比如，注册回调的时候，不能写成下面这样。', '```js\nel.on(\'click\', f.bind(o))\n```'].join('\n\n'), 'zh-CN')
    expect(zh.flat()).toContain('注册回调的时候，不能写成下面这样')
    const en = shown(['These plugins will not load together, e.g., the host cannot list both of them:', '```toml\n[plugins]\nload = ["a", "b"]\n```'].join('\n\n'), 'en')
    expect(en.flat().some(point => point.startsWith('These plugins will not load together'))).toBe(true)
  })

  it('does not read "有没有" or "不同" as a denial', () => {
    const zh = shown(['再次运行相同的代码会得到不同的结果，有没有缓存都一样，下面是第二次的结果。', '```js\nrun()\n```'].join('\n\n'), 'zh-CN')
    expect(zh.flat()).not.toContain('下面是第二次的结果')
  })
})

describe('a label over code', () => {
  const longOutput = ['```', ...Array.from({ length: 4 }, (_, i) => `[{'title': 'Item ${i}', 'url': 'https://example.org/${'a'.repeat(200)}'}]`), '```'].join('\n')

  it('makes a bold label before code the code\'s label, not a point nor a heading over what follows (en, zh)', () => {
    for (const [label, lang] of [['Response 1', 'en'], ['第一次的响应', 'zh-CN']] as const) {
      const deck = shown([`**${label}**`, '```json\n{ "name": "Ann" }\n```', 'Then we send the request again with the same prompt and compare the two answers.'].join('\n\n'), lang)
      expect(deck.flat()).not.toContain(label)
      const units = toUnits(parseMarkdown(`**${label}**\n\n\`\`\`json\n{}\n\`\`\`\n`).children, { lang })
      expect(units.some(unit => unit.kind === 'heading')).toBe(false)
      expect(units.flatMap(unit => unit.blocks).map(block => block.type === 'code' ? block.title : block.type)).toEqual([label])
    }
  })

  it('reads a few words ending with a colon before code as the code\'s label, not a lead-in that points ahead or opens an example (en, zh)', () => {
    const titleOf = (paragraph: string, lang: 'en' | 'zh-CN') => toUnits(parseMarkdown(`${paragraph}\n\n\`\`\`json\n{}\n\`\`\`\n`).children, { lang }).flatMap(unit => unit.blocks).flatMap(block => block.type === 'code' ? [block.title] : [])
    expect(titleOf('Second answer:', 'en')).toEqual(['Second answer'])
    expect(titleOf('第二次的回答：', 'zh-CN')).toEqual(['第二次的回答'])
    for (const [lead, lang] of [['For example:', 'en'], ['The request looks like this:', 'en'], ['The model answers with a record of every field it found:', 'en'], ['代码如下：', 'zh-CN'], ['比如：', 'zh-CN']] as const)
      expect(titleOf(lead, lang), lead).toEqual([undefined])
  })

  it('titles an excerpt of a long block with the lines it shows, after the block\'s own title (en, zh)', () => {
    const code = ['```python title="train.py"', ...Array.from({ length: 40 }, (_, i) => `s${i}()`), '```'].join('\n')
    for (const [heading, lead, label, lang] of [['## Training loop', 'The training loop runs every step on the whole batch of data, one after the other:', /train\.py · lines 1–(\d+) of 40/, 'en'], ['## 训练循环', '训练循环在整批数据上依次运行每一步，每一步都会根据损失函数的梯度更新模型的全部参数，直到损失不再下降为止。下面的程序把这些步骤写成了一个循环：', /train\.py · 第 1–(\d+) 行，共 40 行/, 'zh-CN']] as const) {
      const deck = planDeck(parseArticle({ path: 'post.md', text: `${heading}\n\n${lead}\n\n${code}\n` }))
      expect(deck.meta.lang).toBe(lang)
      const titles = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks : []).flatMap(block => block.type === 'code' && block.title ? [block.title] : [])
      expect(titles, lang).toHaveLength(1)
      expect(titles[0], lang).toMatch(label)
      expect(Number(label.exec(titles[0]!)![1])).toBeLessThanOrEqual(18)
    }
  })

  it('keeps output labelled as such in the notes when its long lines would fill the slide (en, zh)', () => {
    for (const [label, lang] of [['**Output**', 'en'], ['**运行结果**', 'zh-CN']] as const) {
      const units = toUnits(parseMarkdown(`${label}\n\n${longOutput}\n`).children, { lang })
      expect(units.every(unit => unit.blocks.length === 0)).toBe(true)
      expect(units.flatMap(unit => unit.notes).some(block => block.type === 'code')).toBe(true)
    }
  })

  it('still shows short output under its label', () => {
    const units = toUnits(parseMarkdown('**Output**\n\n```\nhello a1\nhello a2\n```\n').children, { lang: 'en' })
    expect(units.flatMap(unit => unit.blocks)).toEqual([{ type: 'code', lang: undefined, value: 'hello a1\nhello a2', title: 'Output' }])
    expect(packUnits(units)).toHaveLength(1)
  })
})

describe('a table of contents inside the article', () => {
  it('keeps a list of links to the page\'s own parts in the notes (en, zh)', () => {
    for (const [md, lang] of [['- [Parts of an app](#parts)\n- [Microcontrollers](./micro.md)\n', 'en'], ['* [物联网应用的组成部分](../lessons/2)\n* [深入了解微控制器](#micro)\n', 'zh-CN']] as const) {
      const units = toUnits(parseMarkdown(md).children, { lang })
      expect(units.every(unit => unit.blocks.length === 0)).toBe(true)
    }
  })

  it('still shows a list of links to other sites, and a list whose items say more than a link', () => {
    expect(toUnits(parseMarkdown('- [Vite](https://vite.dev)\n- [Vue](https://vuejs.org)\n').children, { lang: 'en' })[0]!.blocks).toHaveLength(1)
    expect(toUnits(parseMarkdown('- [Parts](#parts): what an app is made of\n- [Boards](#boards)\n').children, { lang: 'en' })[0]!.blocks).toHaveLength(1)
  })
})

describe('an aside marked with an emoji', () => {
  it('shows a long aside as a note of its opening beside the points, not as a quotation slide (zh, en)', () => {
    const zh = '> 💁 编译器会先把源代码切成记号。对于每个记号，它会查表决定下一步做什么，然后把结果写进语法树。有些记号需要向前多看几个字符才能确定类型，因此扫描器会暂存它们，直到能够做出判断为止，这一步在处理数字、字符串和注释时尤其常见。'
    const en = '> 💁 The scheduler keeps one queue per core. On every tick it takes the task at the head of its queue, runs it for a slice and puts it back at the tail. Some tasks need several slices to finish, so the next one waits until the slice of the task before it has run out.'
    for (const [md, lang, opening] of [[zh, 'zh-CN', '编译器会先把源代码切成记号'], [en, 'en', 'The scheduler keeps one queue per core']] as const) {
      const [unit] = toUnits(parseMarkdown(md).children, { lang })
      expect(unit).toMatchObject({ kind: 'flow', blocks: [{ type: 'quote', callout: 'note' }] })
      const block = unit!.blocks[0]!
      const text = block.type === 'quote' ? block.blocks.map(part => part.type === 'paragraph' ? inlineText(part.inlines) : '').join('') : ''
      expect(text).toContain(opening)
    }
  })

  it('keeps in the notes a long aside whose opening leans on the text before it (zh, en)', () => {
    const zh = '> 🎓 这两款开发板的处理器都是ARM架构，而不是大多数台式机里的x86架构。这类处理器和许多手机里的处理器相似，功耗低，发热少，适合用电池长时间供电的设备，也适合放在狭小的外壳里。它们的指令集更精简，同样的工作往往只需要更少的晶体管，因此芯片的面积和成本都更小，这正是它们在嵌入式领域大受欢迎的原因。'
    const en = '> 💁 Some laptops also use this kind of mix of fast and slow cores, switching between them to trade battery life for speed depending on the task they run at the moment, and most phones do the same.'
    for (const [md, lang] of [[zh, 'zh-CN'], [en, 'en']] as const) {
      const units = toUnits(parseMarkdown(md).children, { lang })
      expect(units.map(unit => unit.kind)).toEqual(['notes'])
      expect(units[0]!.notes).toHaveLength(1)
    }
  })
})

describe('a lead-in with no claim of its own', () => {
  it('captions the code it introduces with its last sentence, whole (en, zh)', () => {
    const en = shown(['Conflicts can also be declared for each package in the workspace:', '```toml\n[tool.uv]\nconflicts = []\n```'].join('\n\n'), 'en')
    expect(en.flat()).toContain('Conflicts can also be declared for each package in the workspace')
    const zh = shown(['同样的冲突也可以按工作区里的每个包来声明：', '```toml\n[tool.uv]\nconflicts = []\n```'].join('\n\n'), 'zh-CN')
    expect(zh.flat()).toContain('同样的冲突也可以按工作区里的每个包来声明')
  })

  it('captions code with a lead-in that opens by naming what the code shows with a demonstrative, never with a bare pronoun (en, zh)', () => {
    const code = '```toml\n[tool.uv]\nconflicts = []\n```'
    for (const [text, lang] of [['This conflict can also be declared with the package key:', 'en'], ['The above setting also works for dependency groups:', 'en'], ['这种冲突也可以用 package 键来声明：', 'zh-CN']] as const)
      expect(shown([text, code].join('\n\n'), lang).flat(), text).toContain(text.replace(/[:：]$/, ''))
    for (const [text, lang] of [['This is how the setting is declared:', 'en'], ['That means the file has to be edited by hand:', 'en'], ['这是声明冲突的写法：', 'zh-CN']] as const)
      expect(shown([text, code].join('\n\n'), lang).flat(), text).toEqual(['code:[tool.uv]'])
  })

  it('does not caption code with a bare pointer ("下面是一个例子", "Here is an example")', () => {
    for (const [text, lang] of [['下面是一个例子。', 'zh-CN'], ['Here is an example:', 'en']] as const)
      expect(shown([text, '```js\nrun()\n```'].join('\n\n'), lang).flat()).toEqual(['code:run()'])
  })
})

describe('what leads into the notes', () => {
  const run = (comment: string) => ['```python', `# ${comment}`, ...Array.from({ length: 11 }, (_, i) => `step_${i}(data)`), '```'].join('\n')

  it('keeps a lead-in in the notes when the code it introduces is a copy kept there (en, zh)', () => {
    for (const [first, again, lang] of [['The first run of the same prompt gives this program:', 'Running the same prompt again gives almost the same program:', 'en'], ['第一次运行同一个提示得到下面的程序：', '再次运行同一个提示得到几乎一样的程序：', 'zh-CN']] as const) {
      const deck = shown([first, run('first'), again, run('again')].join('\n\n'), lang).flat()
      expect(deck.some(point => point.includes(again.replace(/[:：]$/, '')))).toBe(false)
    }
  })

  it('reads a lead-in that names the output as the label of what follows (en, zh)', () => {
    const dump = ['```text', ...Array.from({ length: 4 }, (_, i) => `[{'title': 'Item ${i}', 'url': 'https://example.org/${'a'.repeat(200)}'}]`), '```'].join('\n')
    for (const [lead, lang] of [['Running it prints the following output:', 'en'], ['运行之后会得到如下响应：', 'zh-CN']] as const)
      expect(toUnits(parseMarkdown(`${lead}\n\n${dump}\n`).children, { lang }).every(unit => unit.blocks.length === 0)).toBe(true)
    const prompt = ['```text', 'Insurance company: ACME Insurance', 'Budget: $1000', '```'].join('\n')
    expect(toUnits(parseMarkdown(`The filled-in prompt reads:\n\n${prompt}\n`).children, { lang: 'en' }).flatMap(unit => unit.blocks).some(block => block.type === 'code')).toBe(true)
  })
})

describe('a short listing that finishes a step', () => {
  it('goes on the slide before it, under the same heading, instead of a slide of its own (en, zh)', () => {
    for (const [lead, lang] of [['In the code above, the method loses its object when it is assigned to a variable, and the fix keeps the object instead.', 'en'], ['上面代码中，方法赋给变量以后就丢了它的对象，解决办法是只把方法所在的对象赋给变量。', 'zh-CN']] as const) {
      const md = [listing('broken', 12), lead, '```js\nvar hello = a.b;\nhello.m() // Hello\n```'].join('\n\n')
      const deck = shown(md, lang)
      expect(deck.some(items => items.length === 1 && items[0] === 'code:var hello = a.b;')).toBe(false)
    }
  })
})

describe('a sentence about a figure', () => {
  it('is not shown when its figure cannot be (en, zh), and is when it can', () => {
    for (const [text, lang] of [['The diagram below compares the whole memory of a small board with the memory of a laptop.', 'en'], ['下图展示了两种内存之间的相对大小差异，中间的小点代表单片机的全部内存。', 'zh-CN']] as const) {
      const md = `${text}\n\n![memory sizes](sizes.png)\n`
      const hidden = toUnits(parseMarkdown(md).children, { lang, unavailableImages: new Set(['sizes.png']) })
      expect(hidden.flatMap(unit => unit.blocks)).toEqual([])
    }
    const visible = toUnits(parseMarkdown('下图展示了两种内存之间的相对大小差异，中间的小点代表单片机的全部内存。\n\n![memory sizes](sizes.png)\n').children, { lang: 'zh-CN' })
    expect(visible.flatMap(unit => unit.blocks).map(block => block.type)).toEqual(['points', 'image'])
  })
})

describe('a section that shows nothing', () => {
  it('gets no divider and no place in the agenda; the others are numbered among themselves, its words kept in the notes', () => {
    const part = (title: string) => `## ${title}\n\n${title} works the same way on every board, and the numbers below show how much faster it gets.\n\n${title} keeps running when the network is down, which is why devices use it.\n`
    const article = ['# Deck', '', 'The talk shows how devices talk to the cloud.', '', '## Overview', '', 'In this lesson you will learn:', '', '- [Parts](#parts)', '- [Boards](#boards)', '', part('Parts'), part('Boards'), part('Security')].join('\n')
    const deck = planDeck(parseArticle({ path: 'a.md', text: article }))
    const agenda = deck.slides.find(slide => slide.kind === 'agenda')
    expect(agenda?.kind === 'agenda' ? agenda.items : []).toEqual(['Parts', 'Boards', 'Security'])
    const dividers = deck.slides.flatMap(slide => (slide.kind === 'section' ? [[slide.title, slide.index, slide.total]] : []))
    expect(dividers).toEqual([['Parts', 1, 3], ['Boards', 2, 3], ['Security', 3, 3]])
    expect(JSON.stringify(deck.slides.flatMap(slide => slide.notes))).toContain('Overview')
  })
})

describe('code that only sets a program up', () => {
  it('knows imports and notebook magics in several languages, and nothing else', () => {
    const setup = [
      ['%matplotlib inline', 'import math', 'import numpy as np', 'from d2l import torch as d2l'],
      ['import { readFile } from \'node:fs/promises\'', 'import \'./styles.css\'', 'const path = require(\'node:path\')'],
      ['package main', '', 'import (', '  "fmt"', '  "net/http"', ')'],
      ['#include <stdio.h>', '#include "board.h"', 'using namespace std;'],
      ['use std::collections::HashMap;', '!pip install pandas'],
    ]
    for (const lines of setup)
      expect(isSetupCode(lines), lines.join('\n')).toBe(true)
    const code = [
      ['import numpy as np', 'x = np.ones(3)'],
      ['# only a comment', '// and another'],
      ['from flask import Flask', 'app = Flask(__name__)'],
    ]
    for (const lines of code)
      expect(isSetupCode(lines), lines.join('\n')).toBe(false)
  })

  it('stays in the notes and leaves the paragraph before it a slide\'s point, unless the text is about importing (en, zh)', () => {
    const cell = ['```python', '%matplotlib inline', 'import math', 'import numpy as np', '```'].join('\n')
    for (const [text, lang] of [['Training on a whole batch at once is far faster than looping over its samples one by one.', 'en'], ['一次处理整个小批量的样本，比逐个样本循环要快得多。', 'zh-CN']] as const) {
      const deck = shown(`${text}\n\n${cell}\n`, lang)
      expect(deck.flat()).toEqual([text.replace(/[.。]$/, '')])
    }
    const about = shown(`Each module you use must be imported at the top of the notebook:\n\n${cell}\n`, 'en')
    expect(about.flat()).toContain('code:%matplotlib inline')
  })
})

describe('a paragraph that explains the listing before it', () => {
  it('is shown beside that listing from where it names the code, when no claim of it reads alone (zh, en)', () => {
    const zh = `${listing('first')}\n\n上面代码中，函数内部用到的变量会被记住，下次调用时还能读到它。\n`
    expect(shown(zh, 'zh-CN')).toEqual([['code:// first', '函数内部用到的变量会被记住，下次调用时还能读到它']])
    const own = `${listing('first')}\n\n上面代码定义了一个缓存，它会在读到同一个键时直接返回上次的结果。\n`
    expect(shown(own, 'zh-CN')).toEqual([['code:// first', '上面代码定义了一个缓存，它会在读到同一个键时直接返回上次的结果']])
    const en = `${listing('first')}\n\nThe code above reads the whole file into memory before it parses a single line.\n`
    expect(shown(en, 'en')).toEqual([['code:// first', 'The code above reads the whole file into memory before it parses a single line']])
  })

  it('is shown with the sentence after its first when that one says what follows and leans on it only by its opening (zh, en)', () => {
    const zh = `${listing('first')}\n\n上面代码中，方法被赋值给了变量\`func\`。这时必须先绑定对象，否则调用就会出错。\n`
    expect(shown(zh, 'zh-CN')).toEqual([['code:// first', '方法被赋值给了变量func。这时必须先绑定对象，否则调用就会出错']])
    const en = `${listing('first')}\n\nThe code above assigns the method to the variable \`func\`. This loses its receiver, so calling it throws an error.\n`
    expect(shown(en, 'en')).toEqual([['code:// first', 'The code above assigns the method to the variable func. This loses its receiver, so calling it throws an error']])
    const asked = `${listing('first')}\n\nThe code above assigns the method to the variable \`func\`. Is that a problem?\n`
    expect(shown(asked, 'en')).toEqual([['code:// first', 'The code above assigns the method to the variable func']])
  })

  it('is not shown when it does not name the code it follows', () => {
    const md = `${listing('first')}\n\n它会在读到同一个键时直接返回上次的结果。\n`
    expect(shown(md, 'zh-CN').flat()).toEqual(['code:// first'])
  })
})

describe('a sentence that a formula completes', () => {
  it('captions the formula with its colon, though it ends on a word that promises more (zh, en)', () => {
    const zh = '所以，模型的损失可以理解为：\n\n$$\nL = \\sum_i (y_i - \\hat{y}_i)^2\n$$\n'
    expect(shown(zh, 'zh-CN').flat()).toContain('模型的损失可以理解为：')
    const en = 'So the loss the model minimises can be written as:\n\n$$\nL = \\sum_i (y_i - \\hat{y}_i)^2\n$$\n'
    expect(shown(en, 'en').flat()).toContain('The loss the model minimises can be written as:')
    // Before code, a sentence that stops on such a word stays in the notes.
    expect(shown('So the loss the model minimises can be written as:\n\n```python\nloss = ((y - y_hat) ** 2).sum()\n```\n', 'en').flat().join('\n')).not.toContain('written as')
  })
})

describe('a paragraph that turns before it leads into a listing', () => {
  it('shows beside the listing only what it says after the turn (zh, en)', () => {
    const zh = ['按普通方式调用方法时，调用者就是它所在的对象，因此方法内部的this指向这个对象。但是，把方法单独取出来再调用时，调用者就变成了全局环境，因此this指向全局对象。这几种写法等同于下面的代码。', '```js\n(obj.foo = obj.foo)()\n(false || obj.foo)()\n```'].join('\n\n')
    expect(shown(zh, 'zh-CN').flat().join('\n')).not.toContain('指向这个对象')
    const en = ['Called the usual way, the method runs with its object as the receiver, so the handler sees every field of the form. However, you cannot pass the method on by itself without losing that receiver:', '```js\nsetTimeout(form.submit, 10)\n```'].join('\n\n')
    const slides = shown(en, 'en').flat()
    expect(slides.join('\n')).not.toContain('sees every field')
    expect(slides).toContain('You cannot pass the method on by itself without losing that receiver')
  })
})

describe('the load of a code block on a slide', () => {
  it('counts its lines: three one-line listings with their lead-ins share slides, three of nine lines do not', () => {
    const steps = (lines: number) => ['第一步先创建连接对象，设置好超时时间：', listing('connect', lines), '第二步打开会话，并记录会话的编号：', listing('open', lines), '第三步在会话里执行查询，并取回结果：', listing('query', lines)].join('\n\n')
    expect(shown(steps(1), 'zh-CN').length).toBeLessThanOrEqual(2)
    expect(shown(steps(9), 'zh-CN')).toHaveLength(3)
  })
})

describe('what a command produced', () => {
  const generated = Array.from({ length: 14 }, (_, i) => `package-${i}==1.${i}.0`).join('\n')
  it('keeps a long file a lead-in says a command would produce or print in the notes (en, zh)', () => {
    const en = `The lock file pins every package.\n\nRunning \`tool lock\` would produce the following file:\n\n\`\`\`text\n${generated}\n\`\`\`\n`
    expect(shown(en, 'en').flat().some(item => item.startsWith('code:'))).toBe(false)
    const zh = `锁文件固定了每个包的版本。\n\n运行 \`tool lock\` 会打印出下面的文件：\n\n\`\`\`text\n${generated}\n\`\`\`\n`
    expect(shown(zh, 'zh-CN').flat().some(item => item.startsWith('code:'))).toBe(false)
  })

  it('shows the same file when the lead-in only introduces it', () => {
    const en = `The lock file pins every package.\n\nHere is the lock file of the example project:\n\n\`\`\`text\n${generated}\n\`\`\`\n`
    expect(shown(en, 'en').flat().some(item => item.startsWith('code:'))).toBe(true)
  })
})

describe('a step that only points at its own code', () => {
  it('shows the code without "1. Add the following code:", and keeps a step that says what it does (en, zh)', () => {
    const en = shown('Clean the data first:\n\n1. Add the following code:\n\n    ```python\n    data = data.dropna()\n    ```\n\n2. Drop the rows without a price, then save the file:\n\n    ```python\n    data.to_csv("clean.csv")\n    ```\n', 'en').flat()
    expect(en.some(item => /following code/.test(item))).toBe(false)
    expect(en).toContain('Drop the rows without a price, then save the file')
    const zh = shown('先清洗数据：\n\n1. 添加以下代码：\n\n    ```python\n    data = data.dropna()\n    ```\n', 'zh-CN').flat()
    expect(zh.some(item => item.includes('以下代码'))).toBe(false)
    expect(zh).toContain('code:data = data.dropna()')
  })
})
