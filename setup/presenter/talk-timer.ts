/**
 * Starts the talk's timer (Slidev's shared presenter timer, the same one its countdown
 * shows) the first time the speaker moves forward: a key, a clicker, a button or a swipe
 * in the deck or the presenter window. A jump that nobody asked for here (the other
 * window following, a link, a reload) does not start it. The timer's state is shared by
 * both windows, so the window the speaker used starts it for both.
 */
import { useEventListener } from '@vueuse/core'
import { watch } from 'vue'
import { useNav, useTimer } from './client'
import { isForward } from './position'

/** A move this soon (ms) after the speaker's own key press, click or touch counts as theirs. */
export const INPUT_WINDOW_MS = 1500

/** Watches the deck and starts the timer on the speaker's first step forward (root setup: every window). */
export function useStartOnFirstAdvance(): void {
  const { currentSlideNo, clicksContext, isPlaying, isPresenter } = useNav()
  const { status, resume } = useTimer()
  let lastInput = Number.NEGATIVE_INFINITY
  const noteInput = (): void => {
    lastInput = performance.now()
  }
  for (const type of ['keydown', 'pointerdown', 'touchstart'] as const)
    useEventListener(window, type, noteInput, { capture: true, passive: true })

  watch(() => [currentSlideNo.value, clicksContext.value.current] as const, (to, from) => {
    if (!(isPlaying.value || isPresenter.value) || !from)
      return
    // Slidev's own start (its play button's): from stopped, the timer runs from now.
    if (performance.now() - lastInput <= INPUT_WINDOW_MS && isForward(from, to) && status.value === 'stopped')
      resume()
  })
}
