export type * from '../model/deck'
export type { FitHint, FitHints } from './fit-hints'
export { planDeck } from './plan-deck'
export type { PlanOptions } from './plan-deck'
