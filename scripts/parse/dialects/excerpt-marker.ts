import type { TextRule } from './text-rules'
import { replaceOutsideCode } from './text-rules'

/** `<!--more-->` (Jekyll, Hugo, WordPress: where the excerpt ends). */
const MORE = /^[ \t]*<!--\s*more\s*-->[ \t]*$/gim

/** Drops blog engines' excerpt marker quietly: it marks where a summary ends, nothing to show or warn about. */
export const excerptMarker: TextRule = {
  name: 'excerpt-marker',
  apply: body => ({ text: replaceOutsideCode(body, MORE, () => ''), problems: [] }),
}
