import type { FlowChainData } from '../../../diagrams/types'

/** The arrows that join steps, longest first. */
const ARROWS = ['->', '=>', '→', '⇒', '⟶']
/** Marks that end a chain: clause and sentence marks, quotes, line breaks. */
const BREAK = /[，,；;：:。！？!?「」“”"\n]/
const OPENERS = '（(【['
const CLOSERS = '）)】]'
/** Whether a step's label holds an arrow of its own (inside its brackets). */
const hasArrow = (step: string) => ARROWS.some(arrow => step.includes(arrow))
/** Longest step label, in characters. */
const MAX_STEP = 24
/** Fewest steps of a chain. */
const MIN_STEPS = 3

/** `a + b + c` with three or more terms, in a formula, makes a FlowChain; `= d` is its result. */
export function detectFormulaChain(tex: string): FlowChainData | undefined {
  const [left, right] = splitTopLevel(tex, '=')
  const terms = splitTopLevel(left ?? '', '+').map(cleanTex).filter(Boolean)
  if (terms.length < 3)
    return undefined
  const result = right ? cleanTex(right) : ''
  return { operator: 'plus', steps: terms.map(label => ({ label })), ...(result ? { result: { label: result } } : {}) }
}

/**
 * `A → B → C` (or `->`, `=>`) with three or more steps makes a FlowChain: the arrows state
 * the order. Each step is a whole phrase between clause marks and arrows, with its
 * brackets balanced: a chain inside brackets (`AI Agent (思考→决策→工具调用)`) is the
 * bracket's steps, and a chain whose steps hold no arrows of their own is preferred. A
 * chain with a step too long for a box, or empty, is none.
 */
export function detectArrowChain(text: string): FlowChainData | undefined {
  if (!ARROWS.some(arrow => text.includes(arrow)))
    return undefined
  const chains = chainsIn(text, 0, text.length, bracketPairs(text))
    .filter(steps => steps.every(step => step.length > 0 && step.length <= MAX_STEP))
    .sort((a, b) => Number(a.some(hasArrow)) - Number(b.some(hasArrow)))
  return chains[0] ? { operator: 'arrow', steps: chains[0].map(label => ({ label })) } : undefined
}

/** Where each bracket that is closed closes (by the index of its opener), found in one pass. */
function bracketPairs(text: string): Map<number, number> {
  const pairs = new Map<number, number>()
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (OPENERS.includes(text[i]!))
      open.push(i)
    else if (CLOSERS.includes(text[i]!) && open.length > 0 && OPENERS.indexOf(text[open.at(-1)!]!) === CLOSERS.indexOf(text[i]!))
      pairs.set(open.pop()!, i)
    else if (CLOSERS.includes(text[i]!))
      open.length = 0
  }
  return pairs
}

/** The arrow chains of `text` between `from` and `to`, each as its steps; chains inside brackets too. */
function chainsIn(text: string, from: number, to: number, pairs: ReadonlyMap<number, number>): string[][] {
  const chains: string[][] = []
  let steps: string[] = []
  let step = ''
  const end = () => {
    steps.push(step.trim())
    if (steps.length >= MIN_STEPS)
      chains.push(steps)
    steps = []
    step = ''
  }
  for (let i = from; i < to;) {
    const close = pairs.get(i)
    const arrow = ARROWS.find(candidate => text.startsWith(candidate, i))
    if (close !== undefined && close < to) {
      chains.push(...chainsIn(text, i + 1, close, pairs))
      step += text.slice(i, close + 1)
      i = close + 1
    }
    else if (arrow) {
      steps.push(step.trim())
      step = ''
      i += arrow.length
    }
    else {
      if (BREAK.test(text[i]!) || OPENERS.includes(text[i]!) || CLOSERS.includes(text[i]!))
        end()
      else
        step += text[i]
      i++
    }
  }
  end()
  return chains
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
