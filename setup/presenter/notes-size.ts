/**
 * The notes' type size in the presenter view: readable by default, changed with the
 * panel's buttons, and remembered in this browser (localStorage).
 */
import { useLocalStorage, useWindowSize } from '@vueuse/core'
import { computed } from 'vue'

/** localStorage key of the size the speaker chose (0 or missing: the default). */
export const NOTES_SIZE_KEY = 'article-to-talk:presenter-notes-px'
/** Default size of the notes' text in CSS pixels on screens narrower than {@link WIDE_SCREEN_PX}. */
export const NOTES_PX = 22
/** Default size on wide screens, where the notes' column is wider. */
export const WIDE_NOTES_PX = 26
/** A window this wide (CSS pixels) or wider counts as a wide screen. */
export const WIDE_SCREEN_PX = 1600
/** Smallest and largest size the buttons go to, and their step. */
export const NOTES_PX_RANGE = { min: 16, max: 48, step: 2 } as const

/** The notes' size in pixels, and buttons' actions to change it. */
export function useNotesSize() {
  const chosen = useLocalStorage<number>(NOTES_SIZE_KEY, 0, { writeDefaults: false })
  const { width } = useWindowSize()
  const px = computed(() => {
    const value = Number(chosen.value)
    if (Number.isFinite(value) && value >= NOTES_PX_RANGE.min && value <= NOTES_PX_RANGE.max)
      return value
    return width.value >= WIDE_SCREEN_PX ? WIDE_NOTES_PX : NOTES_PX
  })
  const step = (direction: 1 | -1): void => {
    chosen.value = Math.min(NOTES_PX_RANGE.max, Math.max(NOTES_PX_RANGE.min, px.value + direction * NOTES_PX_RANGE.step))
  }
  return {
    px,
    larger: () => step(1),
    smaller: () => step(-1),
  }
}
