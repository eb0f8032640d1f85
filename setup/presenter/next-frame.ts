/**
 * What the presenter view previews as "next": the current slide's next click, else the
 * next slide from its start (as Slidev's own presenter page does), with a clicks context
 * of its own per slide so the preview never moves the audience's slide.
 */
import type { ClicksContext } from '@slidev/types'
import type { Ref } from 'vue'
import type { SlideRouteLike } from './client'
import { computed, ref, watch } from 'vue'
import { createClicksContextBase, slideFrontmatter, useNav } from './client'

/** The frame after the current one: a slide route and the clicks it is shown at. */
export interface NextFrame {
  route: SlideRouteLike
  clicks: number
  /** True when the frame is the current slide's next click. */
  sameSlide: boolean
}

/** The next frame, and the clicks context its preview is drawn with. */
export function useNextFrame() {
  const { clicksContext, currentSlideRoute, hasNext, nextRoute, slides } = useNav()
  const contexts = computed(() => slides.value.map((route) => {
    const clicks = ref(0)
    const start = Number(slideFrontmatter(route).clicksStart ?? 0)
    return { context: createClicksContextBase(clicks, start, route.meta.clicks), clicks }
  }))
  const frame = computed<NextFrame | undefined>(() => {
    const current = clicksContext.value
    if (currentSlideRoute.value && current.current < current.total)
      return { route: currentSlideRoute.value, clicks: current.current + 1, sameSlide: true }
    return hasNext.value ? { route: nextRoute.value, clicks: 0, sameSlide: false } : undefined
  })
  const context = computed<{ context: ClicksContext, clicks: Ref<number> } | undefined>(() => frame.value && contexts.value[frame.value.route.no - 1])
  watch(frame, (next) => {
    if (next && context.value)
      context.value.clicks.value = next.clicks
  }, { immediate: true })
  return { frame, context }
}
