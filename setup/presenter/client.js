// The pieces of Slidev's client (52.20.1, pinned) that our presenter view reuses, in one
// place. Plain JavaScript on purpose: Slidev's client is TypeScript source, and importing it
// from a type-checked file would pull all of it into our strict type check; `client.d.ts`
// beside this file declares what we use of it.
import { useDrawings } from '@slidev/client/composables/useDrawings.ts'
import { useMousePosInSlide } from '@slidev/client/composables/useMousePosInSlide.ts'
import { useSwipeControls } from '@slidev/client/composables/useSwipeControls.ts'
import { useWakeLock } from '@slidev/client/composables/useWakeLock.ts'
import { configs, slidesTitle } from '@slidev/client/env.ts'
import { registerShortcuts } from '@slidev/client/logic/shortcuts.ts'
import { cursorStyle, showPresenterCursor } from '@slidev/client/state/index.ts'
import { sharedState } from '@slidev/client/state/shared.ts'
import { useWindowFocus } from '@vueuse/core'
import { onMounted, watchEffect } from 'vue'

export { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
export { useNav } from '@slidev/client/composables/useNav.ts'
export { useTimer } from '@slidev/client/composables/useTimer.ts'
export { default as ClicksSlider } from '@slidev/client/internals/ClicksSlider.vue'
export { default as ContextMenu } from '@slidev/client/internals/ContextMenu.vue'
export { default as CurrentProgressBar } from '@slidev/client/internals/CurrentProgressBar.vue'
export { default as DrawingControls } from '@slidev/client/internals/DrawingControls.vue'
export { default as Goto } from '@slidev/client/internals/Goto.vue'
export { default as LaserPointer } from '@slidev/client/internals/LaserPointer.vue'
export { default as NavControls } from '@slidev/client/internals/NavControls.vue'
export { default as NoteEditable } from '@slidev/client/internals/NoteEditable.vue'
export { default as NoteStatic } from '@slidev/client/internals/NoteStatic.vue'
export { default as QuickOverview } from '@slidev/client/internals/QuickOverview.vue'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
export { default as SlidesShow } from '@slidev/client/internals/SlidesShow.vue'
export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'
export { default as TimerBar } from '@slidev/client/internals/TimerBar.vue'
export { onContextMenu } from '@slidev/client/logic/contextMenu.ts'
export { useHead } from '@unhead/vue'
export { configs, slidesTitle }

/** Build-time switches of Slidev that the presenter page follows. */
export const features = {
  // Slidev's own switch (the dev server), not Vite's: a build run with NODE_ENV=test is still a build.
  // eslint-disable-next-line no-undef
  dev: __DEV__,
  // eslint-disable-next-line no-undef
  drawings: __SLIDEV_FEATURE_DRAWINGS__,
  // eslint-disable-next-line no-undef
  wakeLock: __SLIDEV_FEATURE_WAKE_LOCK__,
}

/**
 * What Slidev's own presenter page sets up besides its layout: shortcuts, swipes, the
 * wake lock and the speaker's cursor shown on the audience's screen.
 */
export function useSlidevPresenter(main) {
  registerShortcuts()
  useSwipeControls(main)
  if (features.wakeLock)
    useWakeLock()
  const { isDrawing } = useDrawings()
  onMounted(() => {
    const mouse = useMousePosInSlide()
    const focus = useWindowFocus()
    watchEffect(() => {
      sharedState.cursor = mouse.value && focus.value && !isDrawing.value && showPresenterCursor.value
        ? { ...mouse.value, style: cursorStyle.value }
        : undefined
    })
  })
}

/** The deck's language (`lang` in its headmatter). */
export function deckLang() {
  return String(configs.lang ?? configs.htmlAttrs?.lang ?? 'en')
}

/** The title shown for slide route `route`. */
export function slideTitle(route) {
  return route?.meta?.slide?.title ?? ''
}

/** The front matter of slide route `route`. */
export function slideFrontmatter(route) {
  return route?.meta?.slide?.frontmatter ?? {}
}
