import type { TextRule } from './text-rules'
import { replaceOutsideCode } from './text-rules'

/** `##Title` with no space, at the start of a paragraph: kramdown and many editors read it as a heading, CommonMark as text. */
const TIGHT_HEADING = /(^|\n[ \t]*\n)(#{1,6})(?=[^\s#\d])(?!(?:include|define|ifn?def|if|endif|pragma|import|region|endregion)\b)/g

/** Reads a heading written without a space after its `#`s (`##Overview`, `## 概述` written `##概述`) as a heading. */
export const tightHeadings: TextRule = {
  name: 'tight-headings',
  apply: body => ({ text: replaceOutsideCode(body, TIGHT_HEADING, match => `${match[1]}${match[2]} `), problems: [] }),
}
