/**
 * Starts the talk's timer (Slidev's shared presenter timer, the same one its countdown
 * shows) the first time the speaker moves forward: a key, a clicker, a button or a swipe
 * in the deck or the presenter window. A jump that nobody asked for here (the other
 * window following, a link, a reload) does not start it. The timer's state is shared by
 * both windows, so the window the speaker used starts it for both.
 */
import { useEventListener } from '@vueuse/core'
import { watch } from 'vue'
import { sharedState, useNav } from './client'
import { isForward } from './position'

/** A move this soon (ms) after the speaker's own key press, click or touch counts as theirs. */
export const INPUT_WINDOW_MS = 1500

/** Starts the shared timer from zero when it is stopped (what Slidev's play button does). */
export function startTalkTimer(now = Date.now()): void {
  const timer = sharedState.timer
  if (timer.status !== 'stopped')
    return
  timer.status = 'running'
  timer.startedAt = now
  timer.pausedAt = 0
}

/** Watches the deck and starts the timer on the speaker's first step forward (root setup: every window). */
export function useStartOnFirstAdvance(): void {
  const { currentSlideNo, clicksContext, isPlaying, isPresenter } = useNav()
  let lastInput = Number.NEGATIVE_INFINITY
  const noteInput = (): void => {
    lastInput = performance.now()
  }
  for (const type of ['keydown', 'pointerdown', 'touchstart'] as const)
    useEventListener(window, type, noteInput, { capture: true, passive: true })

  watch(() => [currentSlideNo.value, clicksContext.value.current] as const, (to, from) => {
    if (!(isPlaying.value || isPresenter.value) || !from)
      return
    if (performance.now() - lastInput <= INPUT_WINDOW_MS && isForward(from, to))
      startTalkTimer()
  })
}
