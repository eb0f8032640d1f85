import type { TextRule, TextRuleResult } from './text-rules'
import { fenceAround, keepLines, lineAt, replaceBlocks, replaceOutsideCode } from './text-rules'

/** `{% tag args %}`, with Liquid's whitespace-trimming dashes. */
const TAG = /(?<!\{)\{%-?[ \t]*(\w+)((?:[^\w%][^%]*)?)%\}/g
/** `{% highlight lang %}` ... `{% endhighlight %}`: Jekyll's code blocks. */
const HIGHLIGHT_OPEN = /\{%-?[ \t]*highlight[ \t]+([\w#+.-]+)(?:[^\w#+.%-][^%]*)?%\}/g
const HIGHLIGHT_CLOSE = /\{%-?[ \t]*endhighlight[ \t]*-?%\}/g
/** `{% raw %}` ... `{% endraw %}`: text Liquid leaves alone. */
const RAW_OPEN = /\{%-?[ \t]*raw[ \t]*-?%\}/g
const RAW_CLOSE = /\{%-?[ \t]*endraw[ \t]*-?%\}/g
/** `{% comment %}` ... `{% endcomment %}`. */
const COMMENT_OPEN = /\{%-?[ \t]*comment[ \t]*-?%\}/g
const COMMENT_CLOSE = /\{%-?[ \t]*endcomment[ \t]*-?%\}/g
/** `{{ 'literal' | filter ... }}`: a literal path through Jekyll's URL filters. */
const FILTERED_LITERAL = /\{\{-?[ \t]*(['"])([^'"]*)\1[ \t]*(\|[^}]*)\}\}/g
/** `{{ site.something }}`, `{{ page.x }}`, `{{ include.x }}`, with or without filters: Jekyll's variables. */
const VARIABLE = /\{\{-?[ \t]*(?:site|page|include|layout|paginator|jekyll)\.[^}]*\}\}/g
/** Any other output tag (`{{ repository.name }}` of a `{% for %}` loop): with its loop dropped, it has nothing to show. */
const OUTPUT = /(?<!`)\{\{[^{}\n]*\}\}(?!`)/g
/** A link (or a list item of only a link) left with neither text nor address once its output tags are gone. */
const EMPTY_LINK = /^[ \t]*(?:[*+-][ \t]+)?\[[ \t]*\]\([ \t]*\)[ \t]*$|\[[ \t]*\]\([ \t]*\)/gm
/** Tags that name a page: their argument is the address. */
const LINK_TAGS = new Set(['post_url', 'link'])
/** Placeholder for `{% raw %}` text while other rules run. */
const RAW_MARK = '\uE010'

/**
 * Reads Jekyll's Liquid: `{% highlight %}` blocks become fenced code, `{% raw %}` keeps its
 * text as written, `{{ '/x.png' | relative_url }}` becomes `/x.png`, `{{ site.baseurl }}`
 * and the like become nothing, and so does any other output tag (a loop's `{{ item.name }}`:
 * the loop is not run), `{% post_url x %}` and `{% link x %}` become their address;
 * any other tag (`{% include %}`, `{% if %}` ...) is dropped with a warning. Only an article
 * that uses Liquid (a `{% %}` tag or a Jekyll variable) is touched, so `{{ x }}` in other
 * articles stays text.
 */
export const liquid: TextRule = {
  name: 'liquid',
  apply(body: string): TextRuleResult {
    if (!/(?<!\{)\{%-?\s*\w+|\{\{-?\s*(?:site|page|include)\.|\{\{-?\s*['"][^'"]*['"]\s*\|/.test(body))
      return { text: body, problems: [] }
    const problems: TextRuleResult['problems'] = []
    const raws: string[] = []
    let text = replaceBlocks(body, RAW_OPEN, RAW_CLOSE, (open, inner, close) => `${RAW_MARK}${raws.push(inner) - 1}${RAW_MARK}${keepLines(open[0] + inner + close[0])}`)
    text = replaceBlocks(text, COMMENT_OPEN, COMMENT_CLOSE, (open, inner, close) => keepLines(open[0] + inner + close[0]))
    text = replaceBlocks(text, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, (open, inner, close) => keepLines(open[0] + inner + close[0], fenceAround(inner, open[1]!)))
    text = replaceOutsideCode(text, FILTERED_LITERAL, match => match[2]!)
    text = replaceOutsideCode(text, VARIABLE, () => '')
    text = replaceOutsideCode(text, TAG, (match) => {
      const name = match[1]!
      if (LINK_TAGS.has(name))
        return match[2]!.replace(/-$/, '').trim()
      problems.push({ message: `Liquid tag {% ${name} %} is not shown (it only means something to Jekyll)`, line: lineAt(text, match.index) })
      return keepLines(match[0])
    })
    text = replaceOutsideCode(text, OUTPUT, () => '')
    text = replaceOutsideCode(text, EMPTY_LINK, () => '')
    text = text.replace(new RegExp(`${RAW_MARK}(\\d+)${RAW_MARK}(\\n*)`, 'g'), (_match, index: string, breaks: string) => {
      const raw = raws[Number(index)]!
      return keepLines(breaks, raw)
    })
    return { text, problems }
  },
}
