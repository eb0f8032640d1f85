import type { Rule } from 'postcss'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import postcss from 'postcss'
import { describe, expect, it } from 'vitest'
import { TYPE_STEPS } from '../../scripts/model/slidev-contract'
import { ROOT } from '../helpers/run-cli'

/** The custom property that sets each size of a type step, as `styles/theme.css` names it. */
const PROPERTIES = { body: '--deck-body', title: '--deck-title', code: '--slidev-code-font-size', table: '--deck-table' } as const

const css = postcss.parse(readFileSync(join(ROOT, 'styles/theme.css'), 'utf8'))

/** The declarations of the custom properties in the rules of exactly these selectors, later rules winning. */
function propertiesOf(...selectors: string[]): Map<string, string> {
  const found = new Map<string, string>()
  css.walkRules((rule: Rule) => {
    if (selectors.includes(rule.selector.trim())) {
      rule.walkDecls(/^--/, (declaration) => {
        found.set(declaration.prop, declaration.value)
      })
    }
  })
  return found
}

describe('the type steps', () => {
  // `md` is the layout's own sizes (and the code size of :root); every other step has a rule of its class.
  it.each(TYPE_STEPS.map(step => [step.name, step] as const))('%s: the theme sets the sizes the planner estimates with', (name, step) => {
    const own = name === 'md' ? propertiesOf(':root', '.slidev-layout') : new Map([...propertiesOf(':root', '.slidev-layout'), ...propertiesOf(`.slidev-layout.${step.className}`)])
    for (const [size, property] of Object.entries(PROPERTIES))
      expect(own.get(property), `${name} ${property}`).toBe(`${step.px[size as keyof typeof PROPERTIES]}px`)
  })

  it('are largest first, so the fit check can step down', () => {
    const bodies = TYPE_STEPS.map(step => step.px.body)
    expect(bodies).toEqual([...bodies].sort((a, b) => b - a))
  })
})
