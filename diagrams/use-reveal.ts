import type { ClicksContext } from '@slidev/types'
import type { Ref } from 'vue'
import { computed, getCurrentInstance, inject, onUnmounted } from 'vue'

/** Slidev's injection key for the slide's clicks (a value of `@slidev/client/constants`). */
const CLICKS_CONTEXT = '$$slidev-clicks-context'

/**
 * Step-by-step reveal for a diagram with `parts` parts: part 0 shows at once, each
 * further part on the next click of the slide, after any clicks registered before it.
 * Exports and print view show every part (Slidev sets clicks to the maximum there), and
 * so does a render outside Slidev (tests, no clicks context).
 */
export function useReveal(parts: () => number): (index: number) => boolean {
  const context = inject<Ref<ClicksContext> | null>(CLICKS_CONTEXT, null)?.value
  const steps = Math.max(0, parts() - 1)
  if (!context || steps === 0)
    return () => true
  const key = `deck-reveal-${getCurrentInstance()?.uid ?? Math.random()}`
  const info = context.calculateSince('+1', steps)
  if (!info)
    return () => true
  context.register(key, { delta: info.delta, max: info.max })
  onUnmounted(() => context.unregister(key))
  const offset = computed(() => info.currentOffset.value)
  return index => index === 0 || offset.value >= index - 1
}
