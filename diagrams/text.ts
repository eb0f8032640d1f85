const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/

/**
 * Estimated width of a text in an SVG, in user units: full-width characters take one
 * em, Latin letters and digits a little over half. Diagrams use it to size boxes before
 * the browser lays out the text; it errs on the wide side.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) {
    if (WIDE.test(char))
      ems += 1
    else if (/[A-Z]/.test(char))
      ems += 0.66
    else if (/[mw@%]/i.test(char))
      ems += 0.8
    else if (/[\s.,:;'|!il]/.test(char))
      ems += 0.3
    else
      ems += 0.56
  }
  return ems * fontSize
}

/** Punctuation that never starts a line (it stays with the text before it). */
const CLOSING = /^[）)】」』”’，。、；：！？,.;:!?…]$/

/**
 * Breaks a label into lines no wider than `maxWidth`: between words for Latin text,
 * between any two characters for CJK, keeping numbers and names whole. At most
 * `maxLines` lines; the last one ends with an ellipsis when text was left out.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const tokens = text.match(/[A-Za-z0-9][\w.%+\-/·]*[万亿千百%]?|\s+|./gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const next = line + token
    if (line && !CLOSING.test(token) && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trim())
      line = token.trimStart()
    }
    else {
      line = next
    }
  }
  if (line.trim())
    lines.push(line.trim())
  if (lines.length <= maxLines)
    return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/.$/u, '')}…`
  return kept
}
