import type { Block, Deck, Inline, Lang, Point } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { planDeck } from '../../scripts/plan'
import { POINT_LENGTH } from '../../scripts/plan/budget'
import { splitClauses } from '../../scripts/plan/clip-text'
import { inlineText, toInlines } from '../../scripts/plan/inlines'
import { claimsOf, pickPoints } from '../../scripts/plan/pick-points'
import { isForTheReader, pointFaults } from '../../scripts/plan/point-faults'
import { splitSentences } from '../../scripts/plan/sentences'
import { leadPoint } from '../../scripts/plan/to-units'

function inlinesOf(markdown: string): Inline[] {
  const node = parseMarkdown(markdown).children[0]
  if (node?.type !== 'paragraph')
    throw new Error('expected a paragraph')
  return toInlines(node.children)
}

/** Every point a paragraph could show (its claim candidates), before one is picked. */
function candidates(markdown: string, lang: Lang): string[] {
  return claimsOf(inlinesOf(markdown), lang, POINT_LENGTH).candidates.map(candidate => candidate.text)
}

/** The paragraph's best point, as the planner picks it. */
function best(markdown: string, lang: Lang): string | undefined {
  return pickPoints(inlinesOf(markdown), { lang, max: 1 }).map(inlineText)[0]
}

/** The points a paragraph shows, best first, as many as it has. */
function points(markdown: string, lang: Lang): string[] {
  return pickPoints(inlinesOf(markdown), { lang, max: 4, threshold: -Infinity, minSecondValue: -Infinity }).map(inlineText)
}

function deckOf(text: string): Deck {
  return planDeck(parseArticle({ path: 'talk.md', text }))
}

/** Every point a deck shows, nested ones too. */
function shown(deck: Deck): string[] {
  const walk = (item: Point): string[] => [inlineText(item.inlines), ...item.children.flatMap(walk)]
  return deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.flatMap(block => block.type === 'points' ? block.items.flatMap(walk) : []) : [])
}

function notesText(blocks: readonly Block[]): string {
  return blocks.map(block => block.type === 'paragraph' ? inlineText(block.inlines) : block.type === 'points' ? block.items.map(item => inlineText(item.inlines)).join(' ') : block.type === 'quote' ? notesText(block.blocks) : '').join('\n')
}

describe('a point is a whole thought', () => {
  it('never ends where the sentence\'s predicate goes on', () => {
    expect(points('The bundler turns the source files, the style sheets and the images into one archive for the server.', 'en'))
      .toEqual(['The bundler turns the source files, the style sheets and the images into one archive for the server'])
    for (const point of points('框架允许开发者将多个组件，按照依赖关系组合成一个完整的应用。', 'zh-CN'))
      expect(point).not.toBe('框架允许开发者将多个组件')
  })

  it('may end before a clause that opens a thought of its own', () => {
    expect(points('The resolver picks the newest version of every package, ensuring that each constraint written in the lock file and in every project manifest of the workspace still holds after the upgrade.', 'en'))
      .toContain('The resolver picks the newest version of every package')
    expect(points('新版应用向所有普通用户免费开放，虽然很多厂商都宣称自己的模型在各项评测中都更强大也更便宜，但真正愿意开放给普通大众随便使用的其实只有少数几家。', 'zh-CN'))
      .toContain('新版应用向所有普通用户免费开放')
  })

  it('does not end at a clause that only names a topic, with no predicate', () => {
    for (const point of points('大规模无监督的预训练方式，使模型能够从海量文本中学到语言的规律。', 'zh-CN'))
      expect(point).not.toBe('大规模无监督的预训练方式')
  })

  it('does not end a sentence early before a clause that says something of its own', () => {
    for (const point of points('In this final chapter on data cleaning, one of the classic preparation steps, we will take a look at outlier removal.', 'en'))
      expect(point).not.toMatch(/preparation steps$/)
  })

  it('does not show the end of a sentence a formula broke as a point of its own', () => {
    const text = 'where the midpoint of the curve sits at zero, L is its largest value, and k is its steepness. When the output is above one half, the model predicts the first class.'
    expect(candidates(text, 'en').filter(candidate => /midpoint|steepness|largest value/.test(candidate))).toEqual([])
    expect(best(text, 'en')).toBe('When the output is above one half, the model predicts the first class')
    expect(candidates('Where possible, the build keeps the results of every test in a cache.', 'en').some(candidate => candidate.includes('keeps the results'))).toBe(true)
  })

  it('is not a phrase a preposition opens and nothing else', () => {
    expect(points('In future chapters on evaluation, you will learn how to measure a model.', 'en')).toEqual([])
    expect(points('By looking at the plots side by side, you will notice how the classes differ.', 'en')).not.toContain('By looking at the plots side by side')
    expect(candidates('Prior to version 3.1, when a module was imported twice, the loader would parse it again. The loader now keeps each parsed module.', 'en')).not.toContain('Prior to version 3.1')
    expect(candidates('Unlike release 2.4, when a test failed twice, the runner would stop at once. The runner now retries it.', 'en')).not.toContain('Unlike release 2.4')
  })
})

describe('what is written for the page\'s reader is no point', () => {
  it('knows instructions to the reader and credit lines in both languages', () => {
    for (const text of ['Click the image above to watch the recording.', 'Check out this tutorial for the details.', '✅ Think about which datasets would suit this method.', 'Learn more in the official documentation.', 'Infographic by Jane Doe', 'Image source: the project\'s website'])
      expect(isForTheReader(text, 'en'), text).toBe(true)
    for (const text of ['点击这里查看官方文档。', '请参考官方链接获取完整列表。', '图片来源：某公司官网', '手绘笔记由李雷提供。', '✅ 想想你身边还有哪些设备在用传感器。', '欢迎关注我们的公众号。'])
      expect(isForTheReader(text, 'zh-CN'), text).toBe(true)
    for (const text of ['The model reads the whole prompt before it answers.', 'Seaborn offers neat ways to visualise data.', '模型在回答之前会读完整个提示词。', '点积注意力的计算量随序列长度平方增长。', '该变量由运行环境提供。', '温度读数由传感器提供。'])
      expect(isForTheReader(text, /[a-z]/i.test(text) ? 'en' : 'zh-CN'), text).toBe(false)
    expect(pointFaults('Click the image above to watch the recording', 'en')).toContain('instruction')
    expect(pointFaults('点击这里查看官方文档', 'zh-CN')).toContain('instruction')
    expect(pointFaults('You can read more about the new scheduler in an earlier post on the same topic', 'en')).toContain('instruction')
    expect(pointFaults('你可以在这篇关于调度器的文章中了解更多细节', 'zh-CN')).toContain('instruction')
    expect(pointFaults('Thank you!', 'en')).toContain('filler')
    expect(pointFaults('Explore the playground a reader put together', 'en')).toContain('instruction')
    expect(pointFaults('Add the following code to the notebook cell', 'en')).toContain('instruction')
    expect(pointFaults('You can always take a peek at the new table', 'en')).toContain('instruction')
    expect(pointFaults('运行以下代码，检查结果是否正确', 'zh-CN')).toContain('instruction')
    expect(pointFaults('在上一课中，我们介绍了传感器的基本原理', 'zh-CN')).toContain('back-reference')
    expect(pointFaults('In the last lesson we built a small web server', 'en')).toContain('back-reference')
  })

  it('keeps the answers to an assignment in the notes with the assignment, at any heading level', () => {
    const deck = deckOf('# 排序\n\n## 冒泡排序\n\n冒泡排序每次只比较相邻的两个元素。\n\n## 作业\n\n用冒泡排序给十个数排序。\n\n## 解决方案\n\n先比较前两个数，再依次向后比较。\n\n## 快速排序\n\n快速排序先选一个基准，再把数组分成两半。\n\n### 作业\n\n写出快速排序的递归版本。\n\n### 解决方案\n\n递归地对两半分别排序。\n')
    expect(shown(deck).join('\n')).not.toMatch(/比较前两个数|递归地/)
    const notes = deck.slides.map(slide => notesText(slide.notes)).join('\n')
    for (const text of ['先比较前两个数，再依次向后比较。', '递归地对两半分别排序。'])
      expect(notes).toContain(text)
  })

  it('takes a sentence about the web page\'s own menus for the page\'s reader, not a point', () => {
    expect(isForTheReader('左侧的目录中会不断增加新的课程', 'zh-CN')).toBe(true)
    expect(isForTheReader('The sidebar on the left lists every chapter of the guide', 'en')).toBe(true)
    expect(isForTheReader('左侧的神经元接收输入信号', 'zh-CN')).toBe(false)
  })

  it('shows no anecdote in place of the claim', () => {
    expect(points('One time I discovered that the training data held thousands of duplicate rows.', 'en')).toEqual([])
    expect(points('有一次我发现训练数据里有上千条重复的样本。', 'zh-CN')).toEqual([])
  })

  it('takes what a few of the authors did recently for an anecdote, and shows what they learned from it', () => {
    expect(best('To close, a few of us recently spent a week at a large trade fair, where our team ran a stand. Nearly every user we spoke to wanted the tool to stay as small as it is.', 'en')).toBe('Nearly every user we spoke to wanted the tool to stay as small as it is')
    expect(best('我最近去参加了一个行业展会，在那里待了一周。大多数用户都希望命令行工具保持小巧。', 'zh-CN')).toBe('大多数用户都希望命令行工具保持小巧')
  })

  it('leaves credit lines, reader tasks and quizzes off the slides, keeping every word in the notes', () => {
    const deck = deckOf('# Linear models\n\n## Fitting a line\n\nA linear model predicts a value as a weighted sum of its inputs. The weights are fitted by least squares.\n\n> Infographic by Jane Doe\n\n- The residuals show what the model misses.\n- ✅ Think about which datasets would suit this method.\n\n## Quiz\n\n1. What does the intercept mean?\n2. Why square the errors?\n\n## 课后测验\n\n这一节的测验在课程网站上。\n\n## Wrap-up\n\nLinear models are fast to fit and easy to explain.\n')
    const points = shown(deck)
    expect(points.join('\n')).not.toMatch(/Infographic|Think about|intercept|测验/)
    expect(deck.slides.some(slide => 'title' in slide && /Quiz|测验/.test(slide.title))).toBe(false)
    const agenda = deck.slides.find(slide => slide.kind === 'agenda')
    expect(agenda?.kind === 'agenda' && agenda.items).toEqual(['Fitting a line', 'Wrap-up'])
    const notes = deck.slides.map(slide => notesText(slide.notes)).join('\n')
    for (const text of ['Infographic by Jane Doe', 'Think about which datasets', 'What does the intercept mean?', '这一节的测验在课程网站上。'])
      expect(notes).toContain(text)
  })
})

describe('titles come from the article\'s structure', () => {
  const paragraphs = (count: number, topic: string) => Array.from({ length: count }, (_, i) => `The ${topic} step number ${i + 1} changes how the model behaves in practice. It also needs a second sentence of its own.\n\n\`\`\`python\nstep_${i}()\nresult_${i} = model.fit(data_${i})\nprint(result_${i})\n\`\`\``).join('\n\n')

  it('gives every slide of a topic the topic\'s title, its part in the header, never code, alt text or a sentence', () => {
    const deck = deckOf(`# Training\n\n## Preparing the data\n\n${paragraphs(6, 'cleaning')}\n\n![alt text of a chart](chart.png)\n\n## Fitting\n\nFitting is the last part. It has two sentences.\n`)
    const titled = deck.slides.filter(slide => slide.kind === 'content' && slide.part)
    expect(titled.length).toBeGreaterThan(1)
    for (const slide of titled)
      expect(slide.kind === 'content' && slide.title).toBe('Preparing the data')
    expect(titled.map(slide => slide.kind === 'content' && slide.part!.index)).toEqual(titled.map((_, i) => i + 1))
  })

  it('takes a bold label that heads what follows as a subheading, in both languages', () => {
    const zh = deckOf('# this 关键字\n\n## 使用场合\n\n**（1）全局环境**\n\n全局环境使用this，它指的就是顶层对象。这一点在浏览器和Node里有所不同。\n\n**（2）构造函数**\n\n构造函数中的this，指的是实例对象。实例对象由new命令生成。\n\n## 小结\n\nthis的指向取决于调用方式。\n')
    const titles = zh.slides.flatMap(slide => slide.kind === 'content' ? [slide.title] : [])
    expect(titles).toContain('（1）全局环境')
    expect(titles).toContain('（2）构造函数')
    expect(shown(zh)).not.toContain('（1）全局环境')
    const en = deckOf('# Pipelines\n\n## Stages\n\n**Step 1: Load**\n\nThe loader reads every file into memory first. It checks their encoding too.\n\n**Step 2: Train**\n\nTraining fits the model on the loaded rows. It stops when the loss settles.\n\n## End\n\nThat is the whole pipeline, start to end.\n')
    expect(en.slides.flatMap(slide => slide.kind === 'content' ? [slide.title] : [])).toEqual(expect.arrayContaining(['Step 1: Load', 'Step 2: Train']))
  })
})

describe('an image that cannot be shown', () => {
  it('is left out of the slides and named in the notes', () => {
    const article = parseArticle({ path: 'talk.md', text: '# Talk\n\n## Results\n\nThe new model halves the error of the old one. It also runs faster.\n\n![Error by model](missing/chart.png)\n\n## Figures only\n\n![A photo of the lab](gone/lab.jpg)\n\n## End\n\nThat is all for today, thank you.\n' })
    const deck = planDeck(article, { unavailableImages: new Set(['missing/chart.png', 'gone/lab.jpg']) })
    const images = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'image') : [])
    expect(images).toEqual([])
    const notes = deck.slides.map(slide => notesText(slide.notes)).join('\n')
    expect(notes).toContain('(Figure not shown: Error by model, missing/chart.png)')
    expect(notes).toContain('(Figure not shown: A photo of the lab, gone/lab.jpg)')
  })
})

describe('"the same" leans back only where it compares with what came before', () => {
  it('reads "the same X as Y" and "at the same time" as whole, "the same approach" as leaning back', () => {
    expect(pointFaults('A queue does not offer the same guarantees as a log', 'en')).not.toContain('back-reference')
    expect(pointFaults('Both jobs start at the same time on every worker', 'en')).not.toContain('back-reference')
    expect(pointFaults('The second service uses the same approach', 'en')).toContain('back-reference')
  })
})

describe('a gloss that only spells out a name is no claim', () => {
  it('prefers the claim to "X就是…的简称" or "X stands for…" in the same paragraph', () => {
    expect(best('微调让模型学会了对话。其中最关键的一步是人类反馈。RLHF就是Reinforcement Learning From Human Feedback的简称。', 'zh-CN')).toBe('微调让模型学会了对话')
    expect(best('Tuning taught the model to hold a dialogue. Of all the steps, human feedback mattered most. RLHF stands for Reinforcement Learning From Human Feedback.', 'en')).toBe('Tuning taught the model to hold a dialogue')
  })
})

describe('a dash before a thought of its own ends a clause', () => {
  it('shows a conclusion that ends where a dash opens a condition', () => {
    expect(best('智能门锁连接到手机应用，因此它的安全性取决于应用的安全性——如果应用允许任何人登录，那么门锁可能被陌生人打开，家里的其他设备也会跟着暴露在风险之中，损失可能远远超过门锁本身的价格。', 'zh-CN'))
      .toBe('智能门锁连接到手机应用，因此它的安全性取决于应用的安全性')
    expect(best('The lock talks to a phone app, so its safety depends on the app\'s safety — if the app lets anyone sign in, a stranger may open the door, and every other device in the house is exposed along with it, at a cost far above the lock\'s own price.', 'en'))
      .toBe('The lock talks to a phone app, so its safety depends on the app\'s safety')
  })

  it('keeps a dash before a gloss or a list inside its clause', () => {
    expect(splitClauses('目前这款开发板有3种型号——标准版、迷你版和工业版。', 'zh-CN')).toHaveLength(1)
  })
})

describe('a point never stops inside a list of short items', () => {
  it('does not end before "…, B, or C", and still ends before "and so, …"', () => {
    const text = 'In most registries, libraries can be shipped as source archives, compiled binaries (wheels), or both; but to install a library offline, a compiled binary is required.'
    expect(candidates(text, 'en').filter(point => /source archives$|\(wheels\)$/.test(point))).toEqual([])
    const turn = 'The complaints about slow builds persisted for years, and so, after several internal drafts, the team published a new proposal.'
    expect(candidates(turn, 'en')).toContain('The complaints about slow builds persisted for years')
  })

  it('does not end inside a list of actions before its last ("…, set X, or set Y in a file")', () => {
    const text = 'To turn the cache off for one project, pass `--no-cache`, set `APP_CACHE=0`, or set `cache = false` in the project\'s settings file.'
    expect(candidates(text, 'en').filter(point => /--no-cache`?$|APP_CACHE=0`?$/.test(point))).toEqual([])
  })
})

describe('a passive ends a thought', () => {
  it('ends a point on "must be used", not only on a verb with its object', () => {
    expect(points('The old worker pool is slow. Only one version of the runtime can be installed, so the newest one must be used.', 'en').some(point => point.endsWith('must be used'))).toBe(true)
    expect(pointFaults('The cache is something that we use', 'en')).toContain('dangling-end')
  })

  it('ends a point on "as it is", "as they are": the verb after "as it" closes the comparison', () => {
    expect(pointFaults('There are good reasons to keep the parser as it is', 'en')).not.toContain('dangling-end')
    expect(pointFaults('Small teams want their tools as simple as they are', 'en')).not.toContain('dangling-end')
    expect(pointFaults('The new parser is faster than the old one was', 'en')).toContain('dangling-end')
  })
})

describe('sentences and quotes', () => {
  it('reads a mark in brackets as an aside, not the end of a sentence', () => {
    expect(splitSentences('We tried three designs and literally hundreds (!) of small variations, all of which failed. Then we stopped.', 'en').map(span => span.text))
      .toEqual(['We tried three designs and literally hundreds (!) of small variations, all of which failed.', 'Then we stopped.'])
  })

  it('starts a sentence at code after a full stop, though the code is lowercase', () => {
    const text = 'A version of `zlib` must be chosen. `app 1.0` accepts any version, but `web 2.0` needs `zlib>=2`, so the newest one is used.'
    expect(points(text, 'en')).toContain('A version of zlib must be chosen')
    expect(points(text, 'en').some(point => point.startsWith('app 1.0 accepts any version'))).toBe(true)
  })

  it('reads a dot that touches the word after it as part of a name, not the end of a sentence', () => {
    expect(splitSentences('我选了 MIT 6.S081 的实验，方便自学。总之，灵活变通。', 'zh-CN').map(span => span.text))
      .toEqual(['我选了 MIT 6.S081 的实验，方便自学。', '总之，灵活变通。'])
    expect(splitSentences('We took the MIT 6.S081 labs instead. They were harder.', 'en').map(span => span.text))
      .toEqual(['We took the MIT 6.S081 labs instead.', 'They were harder.'])
  })

  it('makes no empty statement of a long quote that has no sentence to show', () => {
    const quote = `> ${Array.from({ length: 12 }).fill('[...]').join(' ')} ${'and so on, '.repeat(12)}[...]`
    const deck = deckOf(`# Talk\n\n## Voices\n\nThe proposal drew many comments. Most were short.\n\n${quote}\n\n## End\n\nThat is the end of the story.\n`)
    for (const slide of deck.slides.filter(candidate => candidate.kind === 'statement'))
      expect(slide.kind === 'statement' && inlineText(slide.text).trim()).not.toBe('')
  })
})

describe('a point stands without the sentence before it', () => {
  it('shows no noun phrase that has no predicate', () => {
    for (const point of points('训练之前还有一道难关，那就是 **算力预算**。', 'zh-CN'))
      expect(point).not.toBe('算力预算')
  })

  it('shows no short answer to the question just before it', () => {
    expect(points('服务器在训练中途宕机了怎么办？当然不想从头再来。', 'zh-CN')).not.toContain('当然不想从头再来')
    expect(points('Can the upgrade be rolled back? Not without a snapshot.', 'en')).not.toContain('Not without a snapshot')
  })

  it('shows a question with the answer after it that opens short, as one point', () => {
    expect(best('Why does a lesson on regression teach a classifier? Only for the sake of naming, as the model is really a linear classifier.', 'en'))
      .toBe('Why does a lesson on regression teach a classifier? Only for the sake of naming, as the model is really a linear classifier')
    expect(best('模型每次的输出都不一样，这是个问题吗？不一定，要看具体的任务。', 'zh-CN')).toBe('模型每次的输出都不一样，这是个问题吗？不一定，要看具体的任务')
    // A question whose frame was left out has no subject of its own: no pair.
    expect(points('对于一家小公司而言，无疑是很大的困难，那他们是怎么解决的呢？没错，找投资人。', 'zh-CN').join('\n')).not.toMatch(/？/)
  })

  it('reads "拿…来说" as an example marker: the clauses of the example are no point (zh)', () => {
    expect(points('做工程的人都很清楚，一个好用的产品背后一定有扎实的工程能力，就拿某电商来说，大促高峰期，20万笔/秒的支付吞吐量，背后是大量的服务堆出来的。', 'zh-CN').join('\n')).not.toMatch(/20万笔/)
  })

  it('takes no point from a sentence that is an example as a whole', () => {
    expect(points('For example, to keep the archive small and skip the test fixtures:', 'en')).toEqual([])
    expect(points('比如，把缓存放在离用户最近的机房，再把过期时间设为一天。', 'zh-CN')).toEqual([])
  })

  it('does not open on a restatement ("i.e.", "namely")', () => {
    for (const point of points('When a lock file exists, i.e., a file of pinned versions written by an earlier run, the installer prefers the versions listed there.', 'en'))
      expect(point).not.toMatch(/^i\.e\./i)
  })

  it('does not stop before the next item of an enumeration, nor open on one mid-sentence', () => {
    const shown = points('开始训练之前，我们还需要准备两样东西：（1）一种衡量预测好坏的指标；（2）一种按指标调整参数的方法。', 'zh-CN')
    expect(shown.some(point => /（1）[^；]*$/.test(point))).toBe(false)
    expect(shown.some(point => point.startsWith('（'))).toBe(false)
    const english = points('Before we train, the loop needs two things: (1) a measure of how good a guess is; (2) a way to move the weights toward a better guess.', 'en')
    expect(english.some(point => /\(1\)[^;]*$/.test(point))).toBe(false)
  })

  it('in Chinese, does not end on a condition whose main clause it left out', () => {
    for (const point of points('每块开发板都附带一张标有引脚编号的贴纸，如果还没贴上，请贴在背面。', 'zh-CN'))
      expect(point).not.toMatch(/如果还没贴上$/)
  })

  it('reads a comma inside code as part of the code, not a clause break', () => {
    for (const point of points('If a library declares the range `requests>=2.0,<3.0` and the project needs a newer one, the override file replaces that range for every resolution.', 'en'))
      expect(point).not.toMatch(/`?requests>=2\.0$/)
  })

  it('takes a sentence that asks the reader to act for an instruction', () => {
    expect(isForTheReader('请打开开发板背面的盖子，找到电源引脚。', 'zh-CN')).toBe(true)
    expect(isForTheReader('请求在队列中等待，直到有空闲的工作线程。', 'zh-CN')).toBe(false)
    expect(isForTheReader('请 LLM 先列出答案的要点。', 'zh-CN')).toBe(false)
    expect(isForTheReader('Note: See the packaging guide for the details of version specifiers.', 'en')).toBe(true)
    expect(isForTheReader('提示：参考官方文档了解更多参数。', 'zh-CN')).toBe(true)
    expect(isForTheReader('Note: the lock file is written even when the resolution fails.', 'en')).toBe(false)
  })

  it('leaves out a bracket that only sends the reader elsewhere', () => {
    expect(points('官方列出的使用场景有三十类（参考官方链接），覆盖代码编写和翻译等领域。', 'zh-CN').join('\n')).not.toMatch(/参考/)
    expect(points('The resolver supports three strategies (see the reference page) and picks the highest by default.', 'en').join('\n')).not.toMatch(/see the reference/)
  })
})

describe('headings and code cells that are not for slides', () => {
  it('keeps a task heading written for the reader, at any depth, and its text in the notes', () => {
    const deck = deckOf('# Boards\n\n## Memory\n\nA microcontroller has two kinds of memory, program memory and RAM. RAM is lost on power-off.\n\n#### Task\n\nOpen the product page of your board and find how much RAM it has.\n\n## Pins\n\nInput pins read values from sensors, and output pins drive actuators.\n')
    expect(deck.slides.flatMap(slide => slide.kind === 'content' ? [slide.title] : [])).not.toContain('Task')
    expect(shown(deck).join('\n')).not.toMatch(/product page/)
    expect(deck.slides.map(slide => notesText(slide.notes)).join('\n')).toContain('Open the product page of your board')
  })

  it('shows a code cell once when the article gives it again for other frameworks', () => {
    const cell = (tab: string, body: string) => `\`\`\`{.python .input}\n${tab}${body}\n\`\`\``
    const deck = deckOf(`# Timing\n\n## Vectors\n\nAdding two vectors at once is faster than a loop over their elements.\n\n${cell('', 'a = np.ones(n)')}\n\n${cell('#@tab pytorch\n', 'a = torch.ones(n)')}\n\n${cell('#@tab tensorflow\n', 'a = tf.ones(n)')}\n\n## End\n\nVectorised code is the norm in every framework.\n`)
    const code = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'code').map(block => block.type === 'code' ? block.value : '') : [])
    expect(code).toEqual(['a = np.ones(n)'])
  })

  it('shows a listing once when the article shows it again unchanged', () => {
    const listing = 'import flask\napp = flask.Flask(__name__)\n\n@app.route("/items")\ndef items():\n    return {"items": []}\n\napp.run()'
    const deck = deckOf(`# Services\n\n## A first endpoint\n\nThe model wrote a small web service when asked for one.\n\n\`\`\`python\n${listing}\n\`\`\`\n\nAsked a second time, it wrote the same program again.\n\n\`\`\`python\n${listing}\n\`\`\`\n\n## End\n\nThe answers of a model at a low temperature hardly change.\n`)
    const code = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'code') : [])
    expect(code).toHaveLength(1)
  })

  it('shows no second slide of lines quoted from the listing before it (zh, en)', () => {
    const listing = 'def handle(response):\n    name = response.function_call.name\n    handler = registered_handlers[name]\n    arguments = json.loads(response.function_call.arguments)\n    result = handler(**arguments)\n    return result'
    const quoted = 'handler = registered_handlers[name]\narguments = json.loads(response.function_call.arguments)\nresult = handler(**arguments)'
    for (const [lang, lead, quote] of [['en', 'The handler reads the function the model asked for and calls it.', 'These three lines find the handler, read the arguments and make the call:'], ['zh-CN', '处理函数读出模型要调用的函数，然后调用它。', '下面三行找到处理函数、读出参数并完成调用：']] as const) {
      const deck = deckOf(`# Calls\n\n## Handling\n\n${lead}\n\n\`\`\`python\n${listing}\n\`\`\`\n\n${quote}\n\n\`\`\`python\n${quoted}\n\`\`\`\n\n## End\n\n${lead}\n`)
      const code = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'code') : [])
      expect(code, lang).toHaveLength(1)
      expect(deck.slides.map(slide => notesText(slide.notes)).join('\n'), lang).toContain(quote.replace(/[:：]$/, ''))
    }
  })

  it('shows the whole first sentence under a heading that would otherwise stand bare', () => {
    const deck = deckOf('# 产品\n\n## 开放\n\n### 场景多\n\n官方公开列出的使用场景一共有三十类（参考官方链接），可以用于代码编写、代码翻译、智能问答、语音识别、模拟面试、情感分析、机器翻译、智能客服等多个领域。这让更多人用上了它。\n\n### 效果好\n\n在它之前已经有很多问答机器人产品，但都只能处理特定类型的任务。\n\n## 结束\n\n这就是全部内容。\n')
    expect(shown(deck).join('\n')).toContain('官方公开列出的使用场景一共有三十类')
    expect(shown(deck).join('\n')).not.toContain('参考官方链接')
  })
})

describe('a point keeps what its sentence says', () => {
  it('does not open on a word that points back to a sentence the slide leaves out', () => {
    expect(points('The linker was rewritten last year. There were numerous kinds of mistakes that this strategy could not find in large programs.', 'en').join('\n')).not.toMatch(/this strategy/)
    expect(points('微软开发了新的调度服务，保证负载保持高利用率。硬件厂商也做了调整，他们的显卡实现了检查点恢复。', 'zh-CN').join('\n')).not.toMatch(/硬件厂商也做了调整/)
    for (const [text, lang] of [['将其写入缓存，下次读取就不必再算一遍', 'zh-CN'], ['类似的办法也适用于其他容器', 'zh-CN'], ['唯一的区别是，它把结果写进数组', 'zh-CN'], ['The opposite is true for small files', 'en'], ['The only difference is that it writes to disk', 'en'], ['The resulting archive holds one file per platform', 'en'], ['If not, the loader falls back to the old cache', 'en'], ['If so, the request is sent again', 'en']] as const)
      expect(pointFaults(text, lang), text).toContain('back-reference')
    for (const [text, lang] of [['尤其在冷启动时，缓存的作用最大', 'zh-CN'], ['The only difference from the old format is the header', 'en'], ['The resolver also accepts a date for each package', 'en'], ['There is also a third category, but it has few rows', 'en'], ['If nothing changed, the build is skipped', 'en']] as const)
      expect(pointFaults(text, lang), text).not.toContain('back-reference')
  })

  it('does not open on an attribute whose owner only the sentence before names (zh)', () => {
    expect(points('新款的开发板是第三代。它有两个网口和一个风扇。售价为49美元，比上一代便宜得多。', 'zh-CN').join('\n')).not.toMatch(/^售价为/m)
    for (const text of ['重量只有120克，可以放进口袋', '定价为999元，比旧款贵一些', '功耗不到5瓦，用电池就能供电'])
      expect(pointFaults(text, 'zh-CN'), text).toContain('back-reference')
    for (const text of ['新开发板的售价为49美元，比上一代便宜得多', '旧款的重量只有120克', '价格战让小厂商很难生存'])
      expect(pointFaults(text, 'zh-CN'), text).not.toContain('back-reference')
  })

  it('values a sentence for the figures it reports, not for the constants of its formulas', () => {
    expect(best('先把常数项$\\frac{1}{2}\\log(2\\pi)$放在一边，剩下的部分和上一节的损失一样。因此，在噪声服从正态分布时，最小化平方误差就是做极大似然估计。', 'zh-CN'))
      .toBe('在噪声服从正态分布时，最小化平方误差就是做极大似然估计')
    expect(best('Set the term $\\frac{1}{2}\\sigma^2$ aside, and what is left is the loss of the last section. So, under Gaussian noise, minimising the squared error is maximum likelihood estimation.', 'en'))
      .toBe('Under Gaussian noise, minimising the squared error is maximum likelihood estimation')
    expect(best('The data comes from public web pages. The model was trained for 12 hours on 3 GPUs.', 'en')).toMatch(/12 hours/)
  })

  it('shows what a step of a walk-through is for, not the step itself', () => {
    expect(best('现在我们可以对两种写法分别计时。批量写入通常比逐条写入快一个数量级。', 'zh-CN')).toBe('批量写入通常比逐条写入快一个数量级')
    expect(best('我们先创建一个有一百万行的表。索引让按主键查询的时间从秒级降到毫秒级。', 'zh-CN')).toBe('索引让按主键查询的时间从秒级降到毫秒级')
    expect(best('Now we can time both versions. Batched writes are usually an order of magnitude faster than single writes.', 'en')).toBe('Batched writes are usually an order of magnitude faster than single writes')
    expect(best('Let\'s define a small helper that retries the request. Retrying with backoff turns most network errors into short delays.', 'en')).toBe('Retrying with backoff turns most network errors into short delays')
    // A step alone is no point either: the code or the text around it shows it, and the paragraph stays in the notes.
    expect(best('我们先创建一个有一百万行的表。', 'zh-CN')).toBeUndefined()
    expect(best('Next, we write the results to a CSV file.', 'en')).toBeUndefined()
  })

  it('still shows a step as an item of a list of steps', () => {
    const steps = deckOf('# Export\n\n## Steps\n\n1. First, let\'s open the connection to the database.\n2. Next, we write the results to a CSV file.\n')
    expect(shown(steps)).toEqual(['Open the connection to the database', 'We write the results to a CSV file'])
  })

  it('keeps the condition or scene that restricts its claim, or shows none of the sentence', () => {
    for (const point of points('Under the strict mode, pre-releases are considered only for the packages that name one explicitly in the requirements.', 'en'))
      expect(point).toMatch(/^Under the strict mode/)
    for (const point of points('在严格模式下，函数内部的 this 如果指向顶层对象，调用就会直接报错。', 'zh-CN'))
      expect(point).toMatch(/^在严格模式下/)
  })

  it('does not stop before a clause that points back at it to deny it', () => {
    expect(candidates('所谓运维主要是指把部署、监控、告警、容量规划、故障演练和成本控制都集于一身的一整套系统工程，很多人一想到运维，就只想到了机房里的服务器本身，其实这是片面的。', 'zh-CN'))
      .not
      .toContain('很多人一想到运维，就只想到了机房里的服务器本身')
    expect(candidates('Many people who deploy a content delivery network think the edge cache makes every single request of their site faster, but this is not true for the first request of a page.', 'en').some(text => text.endsWith('faster')))
      .toBe(false)
  })
})

describe('a paragraph\'s turn carries its point', () => {
  it('shows a turning sentence that leans on the one before it together with that sentence', () => {
    expect(best('我们先把所有的日志都写进同一个文件里。但是，这个文件很快就大到没有人能打开了。', 'zh-CN'))
      .toBe('我们先把所有的日志都写进同一个文件里。但是，这个文件很快就大到没有人能打开了')
    expect(best('The team cached every dependency on the build machine. However, this made each clean build slower.', 'en'))
      .toBe('The team cached every dependency on the build machine. However, this made each clean build slower')
  })

  it('shows a turning sentence that stands alone rather than the setup before it', () => {
    expect(best('大多数团队一开始都把配置写在代码里。然而，把配置放进环境变量才能让同一份构建跑在每个环境中。', 'zh-CN'))
      .toBe('把配置放进环境变量才能让同一份构建跑在每个环境中')
    expect(best('Most teams start by keeping settings in the code. However, settings kept in the environment let one build run everywhere.', 'en'))
      .toBe('Settings kept in the environment let one build run everywhere')
  })

  it('does not pair sentences too long to read as one point, nor prefer a turn that leads into the block after it', () => {
    const long = 'The scheduler was written in a single weekend by two engineers who had never worked on distributed systems before. However, it has since handled every one of the jobs the company runs without losing any of them.'
    expect(best(long, 'en')).toBe('The scheduler was written in a single weekend by two engineers who had never worked on distributed systems before')
    expect(best('Running the command now succeeds on every machine we tried. However, you cannot install both extras at the same time:', 'en'))
      .toBe('Running the command now succeeds on every machine we tried')
  })

  it('does not end with a clause that only points at the block after it (zh, en)', () => {
    expect(candidates('缓存的键就是请求的完整路径，下面是一个更清楚的例子。', 'zh-CN')).toEqual(['缓存的键就是请求的完整路径'])
    expect(candidates('Each worker keeps its own cache of compiled pages; here is how it fills it.', 'en')).not.toContain('Each worker keeps its own cache of compiled pages; here is how it fills it')
  })

  it('does not stop before a clause that turns against what the point says (en, zh)', () => {
    expect(candidates('Constraint files look much like requirements files, but listing a package in one alone will not install it.', 'en'))
      .not
      .toContain('Constraint files look much like requirements files')
    expect(candidates('缓存可以让读取快很多，但是缓存过期以后读到的数据可能和数据库里的不一致。', 'zh-CN'))
      .not
      .toContain('缓存可以让读取快很多')
  })

  it('shows a short answer to the question the paragraph before ends with together with that question', () => {
    expect(shown(deckOf('# T\n\n## Part\n\nEvery proposal so far has failed to win support, so the question is how to go on. Should we go on at all?\n\nWe think not.\n'))).toContain('Should we go on at all? We think not')
    expect(shown(deckOf('# 标题\n\n## 部分\n\n每个提案都没有得到足够的支持，所以问题是怎样继续下去。还要继续吗？\n\n我们认为没有必要。\n'))).toContain('还要继续吗？我们认为没有必要')
    expect(shown(deckOf('# T\n\n## Part\n\nWill this customer buy the product or not?\n\nIn this part, you will learn:\n\n- how to train a classifier on the data\n- how to read its confusion matrix\n')).join('\n')).not.toMatch(/\? In this part/)
  })

  it('does not open on a definite noun the sentence before it named, unless it is a name', () => {
    expect(points('The tool reads a timeout setting from the config file. The setting accepts a number of seconds or the word never.', 'en').join('\n')).not.toMatch(/^The setting/m)
    expect(points('Our build runs on a single large server in the office. The Go team maintains that server and its build scripts.', 'en').join('\n')).toMatch(/The Go team maintains/)
  })

  it('keeps the author\'s lowercase at a sentence\'s start (a tool\'s name), and capitalises a point cut out of its sentence', () => {
    expect(points('npm installs every package the lockfile names, in the versions it pins.', 'en')).toEqual(['npm installs every package the lockfile names, in the versions it pins'])
    expect(points('However, the resolver picks the newest version that every requirement allows.', 'en')).toEqual(['The resolver picks the newest version that every requirement allows'])
  })

  it('reads a dummy "it" that stands for what follows it as no pronoun', () => {
    for (const text of ['It is important to pin every version in the lockfile', 'It\'s often easier to start from a template'])
      expect(pointFaults(text, 'en'), text).not.toContain('pronoun')
    for (const text of ['It breaks the build on every machine', 'It\'s slower than the old resolver'])
      expect(pointFaults(text, 'en'), text).toContain('pronoun')
  })

  it('takes "we can improve further", "we can do better" for no point: it names nothing to improve', () => {
    expect(points('Our first version works. However, we can improve further.', 'en')).toEqual(['Our first version works'])
    expect(pointFaults('We can still do better', 'en')).toContain('filler')
    expect(pointFaults('We can improve the parser further by caching its tables', 'en')).not.toContain('filler')
  })

  it('takes congratulations to the reader for no point', () => {
    expect(pointFaults('For now, congratulations!', 'en')).toContain('filler')
    expect(pointFaults('恭喜你完成了这一课', 'zh-CN')).toContain('filler')
  })
})

describe('a list item\'s lead', () => {
  it('shows the item\'s whole first sentence, a little over the budget, rather than a claim of a later sentence that leans on it', () => {
    expect(inlineText(leadPoint(inlinesOf('Not adding new keywords is in line with one of the project\'s oldest design rules: never offer two ways of doing the same thing. Then, the old helper might not have been needed at all, and with it gone, so would its many bugs.'), 'en')))
      .toBe('Not adding new keywords is in line with one of the project\'s oldest design rules: never offer two ways of doing the same thing')
    expect(inlineText(leadPoint(inlinesOf('不增加新语法符合Go语言最早定下的一条设计原则，那就是同一件事永远只提供一种写法，无论看起来多么啰嗦。那样的话，旧的辅助函数也许根本就不需要，它带来的许多缺陷也就随之消失了。'), 'zh-CN')))
      .toBe('不增加新语法符合Go语言最早定下的一条设计原则，那就是同一件事永远只提供一种写法，无论看起来多么啰嗦')
  })
})

describe('a point that only says the title again', () => {
  it('stays in the notes when the introduction opens by restating the deck\'s title (en, zh)', () => {
    for (const [lang, text] of [
      ['en', '# Parser 3.0 Released!\n\nParser 3.0 is now officially released!\n\nThis release makes parsing twice as fast on large files and adds streaming input.\n\n## Speed\n\nLarge files now parse in half the time, because the tokenizer no longer copies its input.\n\n## Streaming\n\nInput can now arrive in chunks from a socket or a pipe.\n'],
      ['zh-CN', '# 解析器3.0发布\n\n解析器3.0今天正式发布了！\n\n这个版本让大文件的解析速度提高了一倍，并支持流式输入。\n\n## 速度\n\n大文件的解析时间缩短了一半，因为分词器不再复制输入。\n\n## 流式输入\n\n输入现在可以分块从套接字或管道读入。\n'],
    ] as const) {
      const deck = deckOf(text)
      expect(shown(deck).join('\n'), lang).not.toMatch(/officially released|正式发布/)
      expect(deck.slides.map(slide => notesText(slide.notes)).join('\n'), lang).toMatch(/officially released|正式发布/)
    }
  })
})

describe('titles of an article without sections', () => {
  it('titles a slide with its first point when that is a whole claim short enough for a title, else with the article\'s title', () => {
    const deck = deckOf('# Error handling in Go\n\nThe verbosity of error handling is the oldest complaint about the language. Six of ten lines in a typical function only pass errors on.\n\n```go\nx, err := call()\nif err != nil {\n  return err\n}\ny, err := other()\nif err != nil {\n  return err\n}\n```\n\nThe proposal drew nearly nine hundred comments. It was withdrawn a month later, when no agreement was in sight.\n\n```go\nx := try(call())\ny := try(other())\nz := try(third())\nw := try(fourth())\nv := try(fifth())\nu := try(sixth())\nt := try(seventh())\ns := try(eighth())\n```\n')
    const titles = deck.slides.flatMap(slide => slide.kind === 'content' ? [slide.title] : [])
    expect(titles.some(title => title !== 'Error handling in Go')).toBe(true)
    for (const title of titles.filter(title => title !== 'Error handling in Go'))
      expect(pointFaults(title, 'en')).toEqual([])
    expect(shown(deck)).not.toEqual(expect.arrayContaining(titles.filter(title => title !== 'Error handling in Go')))
  })

  it('titles a list\'s slides with the claim that leads into it, and the slides after the list with their own', () => {
    const en = deckOf('# Keeping the syntax\n\nThe proposals drew thousands of comments over six years of debate. None reached anything close to agreement among users.\n\nThere are sound reasons to keep the language unchanged:\n\n- Adding new syntax this late would split the community into two camps for a decade.\n- Most editors already fold the repeated checks away from view today.\n- Wrapped errors carry context that a shorter syntax would tend to drop.\n\nThe team will stop pursuing syntax changes for error handling from now on. All open proposals of that kind will be closed without further review.\n')
    const enTitles = deck2titles(en)
    expect(enTitles).toContain('There are sound reasons to keep the language unchanged')
    expect(enTitles.at(-1)).not.toBe('There are sound reasons to keep the language unchanged')
    const zh = deckOf('# 保持语法不变\n\n六年来这些提案引来了数千条评论，却没有一个得到用户的普遍认可。\n\n保持语言现状有充分的理由：\n\n- 现在加入新语法会让社区分成两派，争论十年。\n- 大多数编辑器已经能把重复的检查折叠起来。\n- 包装过的错误带着上下文，更短的写法往往会丢掉它。\n\n团队今后将不再推进错误处理的语法修改，所有同类提案都将直接关闭，不再评审。\n')
    const zhTitles = deck2titles(zh)
    expect(zhTitles).toContain('保持语言现状有充分的理由')
    expect(zhTitles.at(-1)).not.toBe('保持语言现状有充分的理由')
  })
})

/** The titles of a deck's content slides, in order. */
function deck2titles(deck: Deck): string[] {
  return deck.slides.flatMap(slide => slide.kind === 'content' ? [slide.title] : [])
}

describe('marks and words that look like something else', () => {
  it('reads a typographic apostrophe inside a word as no quotation mark', () => {
    expect(points('The node hierarchy in the parser’s API has been rebuilt with structs. Consequently, rewriting a tree is now faster.', 'en'))
      .toContain('The node hierarchy in the parser’s API has been rebuilt with structs')
  })

  it('keeps "in addition to" as the words of the claim, not a connective', () => {
    for (const point of points('In addition to faster incremental builds, the compiler now reports the missing argument of a call at its own line and column.', 'en'))
      expect(point).not.toMatch(/^To faster/)
  })

  it('asks the closing questions without the lead-in that addresses the reader', () => {
    const deck = deckOf('# 大模型\n\n## 现状\n\n大模型的能力在过去两年里提升得很快，应用也越来越多。\n\n## 思考题\n\n请你来思考两个问题，模型已经这么强大了，那它是否具备了人类的思维？它能否代替我们现在的工作？\n')
    const closing = deck.slides.find(slide => slide.kind === 'closing')
    const questions = closing?.kind === 'closing' ? closing.questions.map(inlineText) : []
    expect(questions.length).toBeGreaterThan(0)
    for (const question of questions)
      expect(question).not.toMatch(/^请你/)
  })

  it('shows no thanks to the reader as a point', () => {
    expect(points('Thank you for reading, and happy coding!', 'en')).toEqual([])
  })
})

describe('figures inside a quote', () => {
  it('shows an image the quote holds as a figure after it', () => {
    const deck = deckOf('# Curves\n\n## The logistic function\n\nLogistic regression maps any value to a number between 0 and 1.\n\n> The sigmoid looks like an S on a plot. Its formula looks like this:\n>\n> ![logistic function](images/sigmoid.png)\n>\n> where L is the curve\'s maximum value and k its steepness.\n\n## End\n\nThe curve decides the class at one half.\n')
    const images = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'image') : [])
    expect(images.map(image => image.type === 'image' ? image.alt : '')).toEqual(['logistic function'])
  })
})

describe('decorative pictures', () => {
  it('keeps a banner that opens a part in the notes, and shows a figure that opens one', () => {
    const deck = deckOf('# Function calling\n\n![chapter image](./images/lesson-banner.png?x=1)\n\nFunction calling lets a model ask for a tool by name and arguments.\n\n## How it works\n\n![Request and response of a function call](./images/flow.png)\n\nThe model returns the name and the arguments; the application runs the function.\n')
    const images = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks.filter(block => block.type === 'image') : [])
    expect(images.map(image => image.type === 'image' ? image.alt : '')).toEqual(['Request and response of a function call'])
  })
})

describe('labels and references', () => {
  it('shows a label with the first sentence of what follows it, not the label alone', () => {
    const point = inlineText(leadPoint(inlinesOf('Prompt: "Write a poem in the style of Shakespeare about the sea and its moods, in fourteen lines with a volta. Here are some sonnets of his to learn the form from: Sonnet 18, Sonnet 116, Sonnet 130, Sonnet 132, and Sonnet 73, each quoted in full below so that the model can copy their rhythm."'), 'en'))
    expect(point).toBe('Prompt: Write a poem in the style of Shakespeare about the sea and its moods, in fourteen lines with a volta')
  })

  it('shows a label over a quoted prompt with the quote\'s first sentence, even where a shorter claim of it would fit (zh, en)', () => {
    const zh = inlineText(leadPoint(inlinesOf('Prompt: "用鲁迅的风格写一段话。下面是他的一段原文：《故乡》："我在朦胧中，眼前展开一片海边碧绿的沙地来吗？上面深蓝的天空中挂着一轮金黄的圆月......\'现在，请写一段关于秋天的话。"'), 'zh-CN'))
    expect(zh).toBe('Prompt: 用鲁迅的风格写一段话')
    const en = inlineText(leadPoint(inlinesOf('Prompt: "Write a short story in the style of Hemingway. Here are two openings of his: \'In the late summer of that year we lived in a house…\' \'He was an old man who fished alone…\' Now write one about a storm at sea."'), 'en'))
    expect(en).toBe('Prompt: Write a short story in the style of Hemingway')
  })

  it('never adds to a point a sentence that trails off in an ellipsis, though a quotation mark closes it', () => {
    expect(pointFaults('你更可爱，更有节制......\'', 'zh-CN')).toContain('clipped')
    expect(pointFaults('He was an old man who fished alone…"', 'en')).toContain('clipped')
  })

  it('leaves out a clause that only names an equation or a figure by its label', () => {
    for (const point of points('在式“loss-sq”中，向量x对应于单个数据样本的特征，矩阵X则对应整个数据集的全部样本。', 'zh-CN'))
      expect(point).not.toMatch(/loss-sq/)
  })
})

describe('short clauses', () => {
  it('keeps a short clause that says something of its own (an adjective), not only a filler', () => {
    expect(inlineText(leadPoint(inlinesOf('端到端测试：慢，真实'), 'zh-CN'))).toBe('端到端测试：慢，真实')
  })
})

describe('bridges between sections', () => {
  it('keeps a last paragraph that only leads into the next section in the notes', () => {
    const deck = deckOf('# 产品\n\n## 资金\n\n训练一次大模型的成本高达数百万美元。公司设计了有限盈利的结构来吸引投资。\n\n模型训练完成后就要面世了，接下来的玩法很直接：开放给大家随便用。\n\n## 开放：大家随便用\n\n产品成功之处在于，愿意公开免费给普通用户使用。\n')
    expect(shown(deck).join('\n')).not.toMatch(/接下来的玩法/)
    expect(deck.slides.map(slide => notesText(slide.notes)).join('\n')).toContain('接下来的玩法很直接')
  })

  it('shows no sentence that only says what the talk leaves out', () => {
    expect(points('网页相关的技术我们就不讲了。', 'zh-CN')).toEqual([])
    expect(points('We won\'t cover the web front end in this talk.', 'en')).toEqual([])
  })
})

describe('items stay with their own text', () => {
  it('gives each item of a run (bold name, image, paragraph) its own slide, its name over its own description and image', () => {
    const item = (name: string, file: string, text: string) => `**${name}**\n\n![${name} screenshot](${file})\n\n${text}\n`
    const deck = deckOf(`# Weekly picks\n\n## Tools of the week\n\n${item('Atlas', 'a.png', 'Atlas maps every dependency of a monorepo and draws the graph in the browser.')}\n${item('Beacon', 'b.png', 'Beacon pages the person on call only when two signals agree.')}\n${item('Cinder', 'c.png', 'Cinder compresses log archives eight times smaller than gzip.')}\n## Closing\n\nThree tools, three different problems solved well.\n`)
    for (const name of ['Atlas', 'Beacon', 'Cinder']) {
      const slide = deck.slides.find(candidate => candidate.kind === 'content' && candidate.title === name)
      expect(slide?.kind === 'content' && slide.blocks.flatMap(block => block.type === 'image' ? [block.alt] : [])).toEqual([`${name} screenshot`])
      expect(slide?.kind === 'content' && slide.blocks.some(block => block.type === 'points' && block.items.some(point => inlineText(point.inlines).startsWith(name)))).toBe(true)
    }
  })
})

describe('a point never opens in the middle of a list', () => {
  it('does not open a Chinese point with a noun phrase that goes on the list of the clause before it', () => {
    const text = '去年，学校为实验室采购了一台新服务器，配备了64个处理器核心，8块GPU，是全校算力最强的机器，也是唯一一台放在机房之外的服务器。'
    expect(candidates(text, 'zh-CN').filter(shown => shown.startsWith('8块GPU'))).toEqual([])
  })

  it('does not open a Chinese point with a counted item of a spec list, whatever words it holds', () => {
    const text = '这块开发板配备了一个双核处理器，2个支持高清屏幕的视频输出接口，一个音频输出端口，4个扩展引脚，以及一个存储卡插槽。'
    expect(candidates(text, 'zh-CN').filter(shown => /^(?:2个|一个音频|4个|以及)/.test(shown))).toEqual([])
  })
})

describe('an example named as one is no claim', () => {
  it('leaves out a clause that offers its subject as an example, and what carries it on', () => {
    const zh = '分治策略的思想是把一个大问题拆成几个互不相干的小问题。排序就是一个很好的例子，你可以先把数组分成两半，再分别排好。'
    expect(best(zh, 'zh-CN')).toBe('分治策略的思想是把一个大问题拆成几个互不相干的小问题')
    expect(candidates(zh, 'zh-CN').filter(shown => shown.startsWith('排序'))).toEqual([])
    const en = 'Caching trades memory for speed on every read. A browser is a good example, keeping recent pages on disk for the next visit.'
    expect(candidates(en, 'en').filter(shown => shown.startsWith('A browser'))).toEqual([])
  })

  it('keeps "X is an example of Y", which says what X is', () => {
    expect(best('A hash map is an example of a data structure with constant-time lookups on average.', 'en'))
      .toBe('A hash map is an example of a data structure with constant-time lookups on average')
  })
})

describe('an example runs on over the sentences after it', () => {
  it('leaves out the sentences that walk through a case a sentence opened as an example', () => {
    const zh = '路由器把家里的设备接到互联网上。以一台智能音箱为例，音箱通过家庭网络连接到路由器。语音指令先发到云端识别，识别结果再发回音箱播放。'
    expect(candidates(zh, 'zh-CN').filter(shown => /^(?:语音指令|识别结果)/.test(shown))).toEqual([])
    expect(best(zh, 'zh-CN')).toBe('路由器把家里的设备接到互联网上')
    const zhNamed = '缓存用内存换取读取速度。一个典型的例子是浏览器缓存，页面的副本保存在磁盘上。下次访问同一页面时就不必再下载。'
    expect(candidates(zhNamed, 'zh-CN').filter(shown => /^(?:一个典型|下次访问)/.test(shown))).toEqual([])
    const en = 'Indexes make reads fast and writes slow. For example, take a table of orders with an index on the customer. Every insert has to update that index as well as the table.'
    expect(candidates(en, 'en').filter(shown => shown.startsWith('Every insert'))).toEqual([])
  })

  it('ends the example at a sentence that concludes, turns or adds the next item', () => {
    const zh = '例如，一台手机每天都要联网同步照片。所以手机的后台服务必须保持低功耗。'
    expect(candidates(zh, 'zh-CN')).toContain('手机的后台服务必须保持低功耗')
    const zhNext = '工具能提高效率，例如编辑器插件和命令行别名。比如切换窗口和打开文件都有快捷键。此外，每天重复的操作都应该写成脚本。'
    expect(candidates(zhNext, 'zh-CN')).toContain('每天重复的操作都应该写成脚本')
    const en = 'For example, a phone syncs its photos every night. However, background sync must stay within a small power budget.'
    expect(candidates(en, 'en')).toContain('background sync must stay within a small power budget')
  })
})
describe('the first sentence of a section may name what its heading names', () => {
  const zhSection = (heading: string) => `# 讲义\n\n## ${heading}\n\n这种排序方法非常简单，它只比较相邻的两个元素。初学者往往最先学到它。\n`
  const enSection = '# Notes\n\n## Bubble sort\n\nThis method is very simple: it only compares two neighbouring elements. Most people learn it first.\n'

  it('shows a sentence that opens with a near demonstrative and its noun right under the heading', () => {
    expect(shown(deckOf(zhSection('冒泡排序')))).toContain('这种排序方法非常简单，它只比较相邻的两个元素')
    // "学习" is tagged a verb, yet after "这种" it is the noun named.
    expect(shown(deckOf('# 讲义\n\n## 间隔重复\n\n这种学习方法很省时间，它只在快要忘记的时候复习。坚持一个月就能看到效果。\n'))).toContain('这种学习方法很省时间，它只在快要忘记的时候复习')
    expect(shown(deckOf(enSection))).toContain('This method is very simple: it only compares two neighbouring elements')
  })

  it('still reads it as leaning on what came before anywhere else, and a demonstrative alone as a pronoun', () => {
    expect(candidates('冒泡排序是最早的排序算法之一。这种排序方法非常简单，它只比较相邻的两个元素。', 'zh-CN').filter(point => point.startsWith('这种'))).toEqual([])
    expect(shown(deckOf('# Notes\n\n## Bubble sort\n\nThis is very simple: it only compares two neighbouring elements.\n')).join('\n')).not.toMatch(/^This is/m)
    expect(shown(deckOf('# 讲义\n\n## 冒泡排序\n\n上述方法非常简单，它只比较相邻的两个元素。\n')).join('\n')).not.toMatch(/^上述/m)
    expect(shown(deckOf('# 讲义\n\n## 冒泡排序\n\n这个是最简单的排序方法，它只比较相邻的两个元素。\n')).join('\n')).not.toMatch(/^这个是/m)
  })
})

describe('a sentence may name the slide\'s title with a demonstrative anywhere in its topic', () => {
  it('shows "这些传感器…" under "传感器" and "These sensors…" under "Sensors", past the first paragraph', () => {
    const zh = '# 讲义\n\n## 传感器\n\n传感器把物理量变成电信号。\n\n这些传感器通常只需要几毫安的电流，一节电池就能工作好几年。\n'
    expect(shown(deckOf(zh))).toContain('这些传感器通常只需要几毫安的电流，一节电池就能工作好几年')
    const en = '# Notes\n\n## Sensors\n\nA sensor turns a physical quantity into an electrical signal.\n\nThese sensors usually draw only a few milliamps, so one battery lasts for years.\n'
    expect(shown(deckOf(en))).toContain('These sensors usually draw only a few milliamps, so one battery lasts for years')
  })

  it('still reads a demonstrative that names something else, or a far one, as leaning on the sentence before', () => {
    const zh = '# 讲义\n\n## 传感器\n\n传感器把物理量变成电信号。\n\n这些电池通常能用好几年，更换起来也很方便。\n'
    expect(shown(deckOf(zh)).join('\n')).not.toMatch(/^这些电池/m)
    const en = '# Notes\n\n## Sensors\n\nA sensor turns a physical quantity into an electrical signal.\n\nThose sensors usually draw only a few milliamps, so one battery lasts for years.\n'
    expect(shown(deckOf(en)).join('\n')).not.toMatch(/^Those sensors/m)
  })
})

describe('ordinals are no pronouns', () => {
  it('shows a Chinese point that opens with "其一" or "其二" (first, second), and still reads "其" alone as one', () => {
    expect(best('其二就是多读别人写的代码，例如开源项目。读得多了，自己的风格也会慢慢变好。', 'zh-CN')).toBe('其二就是多读别人写的代码')
    expect(candidates('其效果还不如直接阅读官方文档。', 'zh-CN')).toEqual([])
  })
})

describe('a purpose that only points back may be left off', () => {
  it('shows the claim after "为了实现这一点，" or "To address this,"', () => {
    expect(candidates('缓存命中率一直很低。为了解决这个问题，服务端改用了一致性哈希来分配请求。', 'zh-CN')).toContain('服务端改用了一致性哈希来分配请求')
    expect(candidates('Two extras may need different versions of one package. To address this, the resolver supports explicit declarations of conflicts.', 'en')).toContain('the resolver supports explicit declarations of conflicts')
  })

  it('shows the claim after "In this example," or "上例中，": it is said of the example beside it', () => {
    expect(candidates('In this example, the scheduler must run both jobs on one worker.', 'en')).toContain('the scheduler must run both jobs on one worker')
    expect(candidates('上例中，调度器必须把两个任务放到同一台机器上。', 'zh-CN')).toContain('调度器必须把两个任务放到同一台机器上')
  })

  it('keeps a condition or a purpose of its own, which the claim needs', () => {
    expect(candidates('缓存命中率一直很低。如果这样下去，服务端会被请求压垮。', 'zh-CN')).not.toContain('服务端会被请求压垮')
    expect(candidates('Two extras may need different versions. If this happens, the resolver fails with an error.', 'en')).not.toContain('the resolver fails with an error')
    expect(candidates('To install a package offline, the resolver needs a built wheel for the platform.', 'en')).not.toContain('the resolver needs a built wheel for the platform')
  })
})

describe('a comparative that opens a Chinese point compares with what came before', () => {
  it('does not show "更快的版本…" cut to "快的版本…", nor as a claim of its own', () => {
    const zh = '最早的版本每秒只能处理十个请求。更快的版本改用了异步队列，从而支持上千个并发连接。'
    expect(candidates(zh, 'zh-CN').filter(point => /^(?:快的|更快的)/.test(point))).toEqual([])
    expect(candidates('更快的版本改用了异步队列。', 'zh-CN')).toEqual([])
  })
})

describe('a point that names an item of a list before it by its place leans on that list', () => {
  it('does not open on "the second method" or "第二种方法", and takes the claim after it', () => {
    expect(best('结果很明显，第二种写法比第一种写法慢得多。把循环交给库函数通常能快上几十倍。', 'zh-CN')).toBe('把循环交给库函数通常能快上几十倍')
    expect(best('Clearly, the second approach is much slower. Handing the loop to a library call is usually dozens of times faster.', 'en')).toBe('Handing the loop to a library call is usually dozens of times faster')
  })

  it('deletes "结果很明显" as a marker only where it stands alone, not inside a predicate', () => {
    expect(best('新的缓存让读取延迟下降了一半，吞吐量也很明显地提高了。', 'zh-CN')).toBe('新的缓存让读取延迟下降了一半，吞吐量也很明显地提高了')
  })
})

describe('a name the article says it mentioned before', () => {
  it('shows the name without "上面提到的" (mentioned above), which says nothing on a slide', () => {
    expect(candidates('前面提到的这块开发板只有256KB的内存，比一台笔记本电脑少了三万多倍。', 'zh-CN')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^的/)]))
    expect(best('手机的内存通常有8GB。上面提到的开发板只有256KB的内存，即256,000字节，比一部手机少了30,000多倍！', 'zh-CN')).toBe('开发板只有256KB的内存，即256,000字节，比一部手机少了30,000多倍！')
  })
})

describe('a step that goes on from the one before', () => {
  it('takes "X will then …" for a step that leans on the sentence before (en; zh has its sequels)', () => {
    expect(points('We pass the tool\'s result back to the model. The model will then answer the user in plain words.', 'en').join('\n')).not.toMatch(/will then answer/)
    expect(pointFaults('The model will then answer the user in plain words', 'en')).toContain('back-reference')
    expect(pointFaults('The model answers the user in plain words', 'en')).not.toContain('back-reference')
  })

  it('takes "the other concerns" for a set the sentences before named, and "on the other hand" for no reference', () => {
    expect(pointFaults('Limiting the keyword to assignments might have eased some of the other concerns', 'en')).toContain('back-reference')
    expect(pointFaults('On the other hand, shorter code is easier to review', 'en')).not.toContain('back-reference')
  })
})

describe('a purpose at a point\'s end', () => {
  it('may be left off a claim too long for the budget ("to ensure …", "to avoid …")', () => {
    expect(best('When releasing a library, it is recommended to run the tests against the oldest versions in CI to ensure that the declared lower bounds of every dependency still hold.', 'en'))
      .toBe('When releasing a library, it is recommended to run the tests against the oldest versions in CI')
  })

  it('may leave off "to make it easier to …" too', () => {
    expect(best('The main thing to fix is how the service returns its answers in one consistent format to make it easier to work with them in the code downstream.', 'en'))
      .toBe('The main thing to fix is how the service returns its answers in one consistent format')
  })
})

describe('a main clause after a condition that names what a sentence before named', () => {
  it('is no point when its demonstrative names a noun the run did not (zh, en), and is one when the condition named it', () => {
    const zh = '训练结束后，我们保存模型的权重。但是，即使数据完全干净，这些权重也不会让误差降到零。'
    expect(candidates(zh, 'zh-CN').filter(point => point.startsWith('即使'))).toEqual([])
    expect(candidates('如果模型太大，这个模型就很难部署到手机上。', 'zh-CN')).toContain('如果模型太大，这个模型就很难部署到手机上')
    const en = 'After training we store the weights of the model. Even if the data is perfectly clean, these weights never bring the error down to zero.'
    expect(candidates(en, 'en').filter(point => point.startsWith('Even if'))).toEqual([])
  })
})

describe('points the article numbers itself', () => {
  it('shows "其一…" beside the bolder claim of its long paragraph, as its siblings "其二", "其三" are shown', () => {
    const text = '其一就是先读懂别人写的代码。很多入门课程都只讲语法，学生很快就觉得无聊了。事实上，刚开始学编程的时候，多读一些写得好的代码是大有裨益的。一般来说，课程会先从过程式编程讲起。但即便是过程式编程，**模块化和封装的思想也极其重要**。'
    expect(pickPoints(inlinesOf(text), { lang: 'zh-CN', max: 2 }).map(inlineText)).toContain('其一就是先读懂别人写的代码')
  })
})

describe('"like so" is no list of examples', () => {
  it('never ends a point before "like so", "like this": the sentence would stop before what it shows', () => {
    for (const point of candidates('Now we can send both requests to the server and read the answer we get back from each of them like so `response["choices"][0]["message"]["content"]`.', 'en'))
      expect(point).not.toMatch(/from each of them$/)
  })
})

describe('what some people say', () => {
  it('reads "有人说…，也有人说…" as examples of a guess, not the claim', () => {
    const text = '这款芯片的功耗厂商从未公布，所以网上流传的数字都是猜测，有人说5瓦，也有人说8瓦甚至15瓦。'
    expect(best(text, 'zh-CN')).not.toMatch(/有人说|瓦/)
    expect(candidates(text, 'zh-CN').filter(point => point.includes('有人说'))).toEqual([])
  })
})

describe('a sentence that announces a set it does not name is a lead-in', () => {
  it('shows no "X有一些注意点" or "there are several ways to…" closing a sentence', () => {
    expect(candidates('缓存方案有一些使用注意点。', 'zh-CN')).toEqual([])
    expect(candidates('我们比较一下排序数组的三种方法。', 'zh-CN')).toEqual([])
    expect(candidates('除了上面这些写法，部署时还要考虑一些常见的做法。', 'zh-CN')).toEqual([])
    expect(candidates('Pandas offers several handy ways to reshape a table.', 'en')).toEqual([])
  })
  it('keeps the clauses before the announcement, and a set named in its sentence', () => {
    expect(best('每次调用都会新建一个连接，这会带来一些问题。', 'zh-CN')).toBe('每次调用都会新建一个连接')
    expect(best('缓存有两个缺点：占用内存和数据过期。', 'zh-CN')).toBe('缓存有两个缺点：占用内存和数据过期')
    expect(best('Pandas combines the strengths of many approaches.', 'en')).toBe('Pandas combines the strengths of many approaches')
  })
  it('reads a negated announcement as the claim it is ("do not provide two ways…", "不提供多种方式…")', () => {
    expect(best('A small standard library follows one rule: never offer several ways to do the same thing.', 'en')).toBe('A small standard library follows one rule: never offer several ways to do the same thing')
    expect(best('标准库坚持一条原则：不提供多种方式完成同一件事。', 'zh-CN')).toBe('标准库坚持一条原则：不提供多种方式完成同一件事')
  })
})

describe('a supposition sets up the sentence after it', () => {
  it('shows no "Suppose…" or "假设我们…" without what follows from it', () => {
    expect(best('Seen from the user\'s side, suppose the cache never expired. Stale pages would then pile up on every client.', 'en')).toBe('Stale pages would then pile up on every client')
    expect(best('Looking at it another way, let\'s assume the network never fails. Retries would add nothing but latency.', 'en')).toBe('Retries would add nothing but latency')
    expect(best('假设我们把缓存的过期时间设为无限长。每个客户端上都会堆积过期的页面。', 'zh-CN')).toBe('每个客户端上都会堆积过期的页面')
  })
})

describe('a step told as an order is narration', () => {
  it('prefers the claim to "Using X again, plot the…" in the same paragraph', () => {
    expect(best('Using Matplotlib once more, plot the training loss for each epoch. Loss curves show whether a model still learns.', 'en')).toBe('Loss curves show whether a model still learns')
  })
})

describe('what was printed or seen earlier is not on the slide', () => {
  it('shows no "Remember, the table printed above…" or "the model we trained earlier…"', () => {
    expect(candidates('Remember, the summary printed above listed eight columns.', 'en')).toEqual([])
    expect(candidates('The model we trained earlier overfits the small set.', 'en')).toEqual([])
    expect(best('Remember that every batch is shuffled.', 'en')).toBe('Every batch is shuffled')
  })
})

describe('a bare demonstrative after a fronted subordinate clause leans on the sentence before', () => {
  it('shows no "Since…, this improves…", and keeps "When the cache fills, it evicts…"', () => {
    expect(candidates('Since lookups are cheaper than scans, this speeds up every query.', 'en')).toEqual([])
    expect(best('When the cache fills up, it evicts the oldest entry.', 'en')).toBe('When the cache fills up, it evicts the oldest entry')
    expect(best('Since lookups are cheaper than scans, this index speeds up every query.', 'en')).toBeUndefined()
  })
})

describe('a filler after an example ends it', () => {
  it('keeps the claim after "比如A、B，用过的人都知道，…" with the sentence it finishes', () => {
    expect(best('在云计算普及之前，很多公司都有自建机房，比如银行、电信，做过运维的人都知道，它们的维护成本很高。', 'zh-CN')).toBe('在云计算普及之前，很多公司都有自建机房，它们的维护成本很高')
  })
})

describe('a name the tagger misreads still opens a sentence', () => {
  it('shows "微软发布了…" and "英伟达推出了…" as the subject and its predicate', () => {
    expect(best('微软发布了新的编译器，编译速度提高了一倍。', 'zh-CN')).toBe('微软发布了新的编译器，编译速度提高了一倍')
    expect(best('英伟达推出了新一代显卡，显存带宽翻了一番。', 'zh-CN')).toBe('英伟达推出了新一代显卡，显存带宽翻了一番')
  })
})

describe('how a course is delivered is for its page, not for a slide', () => {
  it('shows nothing of "课程分为两段视频…" or "This lesson was taught as…", nor the clause that carries it on', () => {
    expect(candidates('课程分为三段直播讲授——一次讲座和两次答疑，循序渐进地讲解课程内容。', 'zh-CN')).toEqual([])
    expect(candidates('This workshop was recorded as two sessions, a lecture and a lab.', 'en')).toEqual([])
  })
  it('still shows the claim after a filler marker standing alone ("值得一提的是，支持…")', () => {
    expect(best('值得一提的是，支持多种输入格式。', 'zh-CN')).toBe('支持多种输入格式')
  })
})

describe('an introduction that shows nothing makes no slide', () => {
  it('puts its words in the notes of the slide before, in both languages', () => {
    for (const [text, intro] of [
      ['# 网络基础\n\n本课程是网络入门系列的一部分。课程分为两段视频讲授——一个讲座和一个答疑环节。\n\n## 分层\n\n网络协议按层组织，每层只依赖下一层。\n\n## 路由\n\n路由器按目的地址转发数据包。\n', '引言'],
      ['# Networking basics\n\nThis lesson is part of the Networking for Beginners series. This lesson was taught as two videos.\n\n## Layers\n\nNetwork protocols are organised in seven layers of their own.\n\n## Routing\n\nRouters forward packets by their destination address.\n', 'Introduction'],
    ] as const) {
      const deck = deckOf(text)
      expect(deck.slides.flatMap(slide => slide.kind === 'content' ? [slide.title] : [])).not.toContain(intro)
      expect(JSON.stringify(deck.slides.find(slide => slide.kind === 'agenda')?.notes)).toMatch(/两段视频|two videos/)
    }
  })
})

describe('a list that outlines the lesson for its reader stays in the notes', () => {
  it('shows no "After completing this lesson you will be able to:" or "在本课程中，我们将学习：" list, and no section left with nothing', () => {
    const sections = (lang: 'en' | 'zh-CN') => Array.from({ length: 8 }, (_, i) => lang === 'en' ? `## Topic ${i + 1}\n\nEach topic ${i + 1} has a claim of its own about caching.\n` : `## 主题${i + 1}\n\n第${i + 1}个主题讲的是缓存的一个要点。\n`).join('\n')
    const en = deckOf(`# Caching\n\n## Goals\n\nAfter completing this lesson you will be able to:\n\n- Explain why caches help\n- Size a cache for a service\n\n${sections('en')}`)
    const zh = deckOf(`# 缓存\n\n## 学习目标\n\n在本课程中，我们将学习：\n\n- 缓存为什么有用\n- 如何确定缓存的大小\n\n${sections('zh-CN')}`)
    for (const [deck, item, title] of [[en, 'Size a cache for a service', 'Goals'], [zh, '如何确定缓存的大小', '学习目标']] as const) {
      expect(shown(deck)).not.toContain(item)
      expect(deck.slides.flatMap(slide => 'title' in slide ? [slide.title] : [])).not.toContain(title)
      expect(JSON.stringify(deck.slides.map(slide => slide.notes))).toContain(item)
    }
  })
  it('still shows a list the text leads into with its own claim', () => {
    expect(shown(deckOf('# Caching\n\n## Parts\n\nTo build the service we use three parts:\n\n- A cache in front of the database\n- A queue for writes\n- A worker that drains the queue\n'))).toContain('A queue for writes')
  })
})

describe('a Chinese sentence that goes on to the next step with no subject of its own finishes the thought before it', () => {
  it('shows "…。然后在…中…" with the sentence before, less its examples', () => {
    expect(best('你要在配置文件中写好数据库地址，例如主机和端口。然后在启动脚本中建立连接池，例如设置最大连接数。', 'zh-CN')).toBe('你要在配置文件中写好数据库地址。然后在启动脚本中建立连接池')
  })
  it('reads a clause that acts after the place it names as a predicate, not a frame', () => {
    const roles = (text: string) => claimsOf(inlinesOf(text), 'zh-CN', POINT_LENGTH).sentences[0]!.map(clause => clause.roles.has('frame'))
    expect(roles('在启动脚本中建立连接池，例如设置最大连接数。')).toEqual([false, false])
    expect(roles('在启动脚本中，连接池会被建立。')).toEqual([true, false])
  })
})

describe('a check mark for the reader is no word of a point', () => {
  it('shows "✅ X" as X', () => {
    expect(best('✅ 缓存用内存换取速度。', 'zh-CN')).toBe('缓存用内存换取速度')
    expect(best('✅ Caches trade memory for speed.', 'en')).toBe('Caches trade memory for speed')
  })
})

describe('an English pronoun whose noun is left out of the point leans on it', () => {
  it('shows no "Disable it…", nor "…, so we will not read it" cut from the clause that names it', () => {
    expect(candidates('Disable it entirely for that mirror.', 'en')).toEqual([])
    expect(candidates('There is a legacy format in the archive, so we will not read it.', 'en')).not.toContain('we will not read it')
    expect(best('The cache is small, but we still flush it often.', 'en')).toBe('The cache is small, but we still flush it often')
  })
})

describe('an item whose first sentence only sets up the next shows both', () => {
  it('shows a supposition with what follows from it', () => {
    const en = deckOf('# Caching\n\n## Trade-offs\n\n- Seen from the client, suppose the cache never expired. It would then fill every device with stale pages.\n- Short lifetimes cost more requests.\n')
    expect(shown(en)).toContain('Seen from the client, suppose the cache never expired. It would then fill every device with stale pages')
    const zh = deckOf('# 缓存\n\n## 取舍\n\n- 假设我们让缓存永不过期。这样每台设备上都会堆积过期的页面。\n- 过期时间太短会增加请求次数。\n')
    expect(shown(zh)).toContain('假设我们让缓存永不过期。这样每台设备上都会堆积过期的页面')
  })
})

describe('the sentence that leads into a list says what its items are', () => {
  it('shows "这些操作系统非常轻量，并提供以下功能" and "This release focuses on…" before their items', () => {
    const zh = shown(deckOf('# 微控制器\n\n## 操作系统\n\n微控制器可以运行实时操作系统。这些操作系统非常轻量，并提供以下功能：\n\n* 多线程，可以同时运行多段代码。\n* 网络功能，支持安全的网络通信。\n'))
    expect(zh.indexOf('这些操作系统非常轻量，并提供以下功能')).toBeGreaterThanOrEqual(0)
    expect(zh.indexOf('这些操作系统非常轻量，并提供以下功能')).toBeLessThan(zh.findIndex(point => point.startsWith('多线程')))
    const en = shown(deckOf('# Release 2.0\n\n## Overview\n\nThe team shipped the release on time. This release focuses on the developer experience:\n\n- Clearer compiler errors\n- Faster incremental builds\n'))
    expect(en.indexOf('This release focuses on the developer experience')).toBeGreaterThanOrEqual(0)
    expect(en.indexOf('This release focuses on the developer experience')).toBeLessThan(en.indexOf('Clearer compiler errors'))
  })
})
