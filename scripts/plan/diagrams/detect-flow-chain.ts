import type { FlowChainData } from '../../../diagrams/types'

/** An arrow with the spaces around it (those before it from the start of their run: a long run is read once). */
const ARROW = /(?:(?<!\s)\s+)?(?:[→⇒⟶]|->|=>)\s*/

/** `a + b + c` with three or more terms, in a formula, makes a FlowChain; `= d` is its result. */
export function detectFormulaChain(tex: string): FlowChainData | undefined {
  const [left, right] = splitTopLevel(tex, '=')
  const terms = splitTopLevel(left ?? '', '+').map(cleanTex).filter(Boolean)
  if (terms.length < 3)
    return undefined
  const result = right ? cleanTex(right) : ''
  return { operator: 'plus', steps: terms.map(label => ({ label })), ...(result ? { result: { label: result } } : {}) }
}

/** `A → B → C` (or `->`, `=>`) with three or more steps in a sentence makes a FlowChain. */
export function detectArrowChain(text: string): FlowChainData | undefined {
  for (const sentence of text.split(/[。！？\n]|[.!?]\s/)) {
    const parts = sentence.split(ARROW).map(part => part.replace(/^.*[：:，,]\s*/, '').replace(/[，,；;].*$/, '').trim())
    if (parts.length >= 3 && parts.every(part => part.length > 0 && part.length <= 24))
      return { operator: 'arrow', steps: parts.map(label => ({ label })) }
  }
  return undefined
}

function splitTopLevel(tex: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of tex) {
    if (char === '{')
      depth++
    else if (char === '}')
      depth = Math.max(0, depth - 1)
    if (char === separator && depth === 0) {
      parts.push(current)
      current = ''
    }
    else {
      current += char
    }
  }
  parts.push(current)
  return parts
}

function cleanTex(tex: string): string {
  return tex.replace(/\\(?:text|mathrm|textbf|mathbf|operatorname)\{([^{}]*)\}/g, '$1').replace(/\\[a-z]+/gi, ' ').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim()
}
