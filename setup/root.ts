import { defineRootSetup } from '@slidev/types'
import { useStartOnFirstAdvance } from './presenter/talk-timer'

/** Runs in every window of the deck: the talk's timer starts on the speaker's first step forward. */
export default defineRootSetup(() => {
  useStartOnFirstAdvance()
})
