import type { ContentSlide, Slide } from '../model/deck'
import type { Section } from './split-sections'
import { buildMindMap, MAX_BRANCHES } from './diagrams/build-mind-map'

/** The recap's identity across runs (`plan/slide-ids.ts`): it stands for the whole talk, not a part of the article. */
const RECAP_ID = 'recap'
/** Fewest sections a talk needs for a recap: with fewer, its agenda and dividers say it all. */
const MIN_RECAP_SECTIONS = 3

/**
 * The recap before the closing slide, titled `recapTitle`: the talk's topics as a mind map
 * around the talk's `title` (its sections as branches, their subsections as leaves), so the
 * talk ends on what it covered rather than on its last detail. Only when the article has
 * no summary of its own (that summary already shows the map) and the talk's sections, at
 * least {@link MIN_RECAP_SECTIONS}, all fit one map ({@link MAX_BRANCHES}), and some
 * section shows its subsections (a map of the sections alone repeats the agenda);
 * `undefined` otherwise.
 */
export function planRecap(slides: readonly Slide[], sections: readonly Section[], title: string, recapTitle: string): ContentSlide | undefined {
  const summed = slides.some(slide => slide.kind === 'content' && slide.variant === 'summary')
  if (summed || sections.length < MIN_RECAP_SECTIONS || sections.length > MAX_BRANCHES)
    return undefined
  const map = buildMindMap(title, sections)
  // A map of the sections alone is the agenda again: the recap shows where each part went.
  if (!map.root?.children?.some(branch => (branch.children?.length ?? 0) > 0))
    return undefined
  const diagram = { component: 'MindMap', props: map } as const
  return { kind: 'content', id: RECAP_ID, title: recapTitle, blocks: [{ type: 'diagram', diagram, origin: 'detected' }], notes: [], variant: 'summary' }
}
