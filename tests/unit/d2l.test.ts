import type { Code } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { readDialectText } from '../../scripts/parse/dialects'
import { deckOf, keptAll, parseText } from '../helpers/dialect-deck'

const read = (text: string) => readDialectText(text).text

describe('d2l book markup', () => {
  it('drops labels, eqlabels and tab marks, keeping every line', () => {
    const text = '# 线性回归\n:label:`sec_linear_regression`\n\n$$y = wx + b.$$\n:eqlabel:`eq_linreg`\n\n![拟合](../img/fit.svg)\n:width:`400px`\n:label:`fig_fit`\n\n:begin_tab:`pytorch`\n[Discussions](https://discuss.d2l.ai/t/1775)\n:end_tab:\n'
    const out = read(text)
    expect(out.split('\n')).toHaveLength(text.split('\n').length)
    expect(out).not.toMatch(/:label:|:eqlabel:|:width:|:begin_tab:|:end_tab:/)
    expect(out).toContain('$$y = wx + b.$$\n\n')
  })

  it('reads numref and eqref as what they name, in the article\'s language, without repeating the author\'s word', () => {
    const zh = '广播机制在 :numref:`subsec_broadcasting`中有详细介绍。\n如 :numref:`fig_fit_linreg`所示，\n :eqref:`eq_price-area`中的权重，\n公式 :eqref:`eq_mse`也是，\n我们来看一张图片 :numref:`fig_Neuron`。\n'
    expect(read(zh)).toBe('广播机制在“broadcasting”一节中有详细介绍。\n如图“fit linreg”所示，\n式“price-area”中的权重，\n公式“mse”也是，\n我们来看一张图片“Neuron”。\n')
    const en = 'As shown in :numref:`fig_fit_linreg`, and in :eqref:`eq_mse`. See :numref:`sec_softmax` and Section :numref:`sec_mlp`.\n'
    expect(read(en)).toBe('As shown in Figure “fit linreg”, and in Equation “mse”. See Section “softmax” and Section “mlp”.\n')
  })

  it('reads citations as their keys in brackets', () => {
    expect(read('*AI: A Modern Approach* :cite:`Russell.Norvig.2016`中所说的。\n')).toBe('*AI: A Modern Approach* [Russell.Norvig.2016]中所说的。\n')
    expect(read('as shown before :cite:`He.Zhang.Ren.ea.2016,Ioffe.Szegedy.2015`.\n')).toBe('as shown before [He.Zhang.Ren.ea.2016, Ioffe.Szegedy.2015].\n')
  })

  it('reads (**text**) and [**text**] as their text, across lines but not across paragraphs, and not in code', () => {
    const text = ':label:`sec_x`\n需要(**我们对计算进行矢量化，\n从而利用线性代数库**)。\n[**我们定义一个计时器**]：\n\n[**a link**](https://x.org) stays bold.\n\n(**not closed\n\nhere**)\n\n```python\nf(**kwargs)  # (**x**)\n```\n'
    expect(read(text)).toBe('\n需要我们对计算进行矢量化，\n从而利用线性代数库。\n我们定义一个计时器：\n\n[**a link**](https://x.org) stays bold.\n\n(**not closed\n\nhere**)\n\n```python\nf(**kwargs)  # (**x**)\n```\n')
  })

  it('leaves (**bold**) alone in articles without d2l markup', () => {
    expect(read('Use the default (**recommended**).\n')).toBe('Use the default (**recommended**).\n')
  })

  it('reads {.python .input} fences as Python and #@tab lines as the frameworks the code is for', () => {
    const { tree } = parseText(':label:`sec_x`\n\n```{.python .input}\nfrom mxnet import np\n```\n\n```{.python .input}\n#@tab pytorch, paddle\nimport torch\nclass Timer:  #@save\n    pass\n```\n\n```{.python .input  n=3}\n#@tab all\nx = 1\n```\n')
    const codes = tree.children.filter((node): node is Code => node.type === 'code')
    expect(codes.map(code => [code.lang, code.meta, code.value, code.data])).toEqual([
      ['python', null, 'from mxnet import np', { frameworks: ['mxnet'] }],
      ['python', null, 'import torch\nclass Timer:\n    pass', { frameworks: ['pytorch', 'paddle'] }],
      ['python', null, 'x = 1', { frameworks: ['all'] }],
    ])
  })

  it('keeps every sentence of a d2l section, and shows none of its markup', () => {
    const text = '# 线性回归\n:label:`sec_linreg`\n\n线性模型的预测是特征的加权和，\n如 :eqref:`eq_linreg-y`所示。\n\n$$\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b.$$\n:eqlabel:`eq_linreg-y`\n\n为了说明矢量化为什么如此重要，我们考虑(**对向量相加的两种方法**)。\n\n```{.python .input}\n#@tab all\nn = 10000\n```\n\n## Linear models\n\nThe prediction is a weighted sum of the features, as :eqref:`eq_linreg-y` shows :cite:`Russell.Norvig.2016`.\n'
    const { markdown, coverage } = deckOf(text)
    expect(keptAll(coverage)).toBe(true)
    expect(markdown).not.toMatch(/:label:|:eqlabel:|:eqref:|:cite:|#@tab|\{\.python|\(\*\*/)
    expect(toString(parseText(text).tree)).toContain('如式“linreg-y”所示')
  })
})
