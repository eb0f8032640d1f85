/**
 * Where `needle` first occurs in `text` at or after `from` (-1 when it does not), in time
 * linear in both (Knuth-Morris-Pratt over UTF-16 code units). `String.prototype.indexOf`
 * takes time of the text's length times the needle's on repetitive text (a 300,000
 * character line of one letter: seconds per search); this never does.
 */
export function findText(text: string, needle: string, from = 0): number {
  if (needle.length === 0)
    return Math.min(Math.max(from, 0), text.length)
  const border = borders(needle)
  let matched = 0
  for (let index = Math.max(from, 0); index < text.length; index++) {
    const code = text.charCodeAt(index)
    while (matched > 0 && needle.charCodeAt(matched) !== code)
      matched = border[matched - 1]!
    if (needle.charCodeAt(matched) === code)
      matched++
    if (matched === needle.length)
      return index - needle.length + 1
  }
  return -1
}

/** For each prefix of `needle`, the length of its longest proper prefix that is also its suffix. */
function borders(needle: string): Int32Array {
  const border = new Int32Array(needle.length)
  let length = 0
  for (let index = 1; index < needle.length; index++) {
    const code = needle.charCodeAt(index)
    while (length > 0 && needle.charCodeAt(length) !== code)
      length = border[length - 1]!
    if (needle.charCodeAt(length) === code)
      length++
    border[index] = length
  }
  return border
}
