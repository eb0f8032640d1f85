export { planDeck } from './plan-deck'
export type * from './types'
