import type { TextRule, TextRuleResult } from './text-rules'
import { fenceAround, keepLines, lineAt, replaceBlocks, replaceOutsideCode } from './text-rules'

/** `{{< name args >}}` or `{{% name args %}}`, opening or closing (`{{< /name >}}`). */
const SHORTCODE = /\{\{([<%])[ \t]*(\/[ \t]*)?([\w-]+)((?:[^\w}-][^}]*)?)\}\}/g
/** `{{< highlight go >}}` ... `{{< /highlight >}}`: Hugo's code blocks. */
const HIGHLIGHT_OPEN = /\{\{[<%][ \t]*highlight[ \t]+([\w#+.-]+)(?:[^\w#+.}-][^}]*)?\}\}/g
const HIGHLIGHT_CLOSE = /\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}/g
/** `name="value"` or `name=value` arguments. */
const ARGUMENT = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g
/** Shortcodes that name a page: their argument is the address. */
const REFERENCES = new Set(['ref', 'relref'])

/**
 * Reads Hugo's shortcodes: `{{< figure src=... alt=... caption=... >}}` becomes an image
 * (with its caption as text), `{{< highlight go >}}` blocks become fenced code, `{{< ref x >}}`
 * its address, paired shortcodes (`{{% notice %}} ... {{% /notice %}}`) keep their content;
 * anything else (`{{< youtube >}}`, `{{< tweet >}}` ...) is dropped with a warning.
 */
export const hugo: TextRule = {
  name: 'hugo',
  apply(body: string): TextRuleResult {
    if (!/\{\{[<%]/.test(body))
      return { text: body, problems: [] }
    const problems: TextRuleResult['problems'] = []
    let text = replaceBlocks(body, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, (open, inner, close) => keepLines(open[0] + inner + close[0], fenceAround(inner, open[1]!)))
    text = replaceOutsideCode(text, SHORTCODE, (match) => {
      const [whole, , closing, name, rest = ''] = match as unknown as [string, string, string | undefined, string, string | undefined]
      if (closing)
        return keepLines(whole)
      const args = readArguments(rest.replace(/[ \t/]*[>%]$/, ''))
      if (name === 'figure' && args.src)
        return keepLines(whole, `![${escapeAlt(args.alt ?? args.caption ?? args.title ?? '')}](${args.src.replace(/[()\s]/g, encodeURIComponent)})${args.caption ? `\n\n${args.caption}` : ''}`)
      if (REFERENCES.has(name))
        return (args[0] ?? '').replace(/^["']|["']$/g, '')
      if (new RegExp(`\\{\\{[<%]\\s*/\\s*${name}\\s*[>%]\\}\\}`).test(text.slice(match.index)))
        return keepLines(whole)
      problems.push({ message: `Hugo shortcode {{< ${name} >}} is not shown (it only means something to Hugo)`, line: lineAt(text, match.index) })
      return keepLines(whole)
    })
    return { text, problems }
  },
}

/** A shortcode's arguments by name, and positional ones by number. */
function readArguments(text: string): Record<string, string> {
  const args: Record<string, string> = {}
  const named = [...text.matchAll(ARGUMENT)]
  for (const match of named)
    args[match[1]!] = match[2] ?? match[3] ?? match[4] ?? ''
  const positional = text.replace(ARGUMENT, '').trim().split(/\s+/).filter(Boolean)
  positional.forEach((value, index) => (args[index] = value))
  return args
}

function escapeAlt(alt: string): string {
  return alt.replace(/[[\]\\]/g, char => `\\${char}`)
}
