/**
 * What the presenter view uses of Slidev's client (`client.js` re-exports it): the parts
 * of its API our code touches, typed as loosely as Slidev's own components are.
 */
import type { ClicksContext } from '@slidev/types'
import type { Component, ComputedRef, Ref } from 'vue'

/** One slide of the deck as Slidev's router knows it. */
export interface SlideRouteLike {
  no: number
  meta: {
    clicks?: number
    slide?: { title?: string, frontmatter: Record<string, unknown> }
  }
}

/** Slidev's navigation state (`useNav()`), the part we read. */
export interface SlidevNav {
  currentSlideNo: ComputedRef<number>
  currentSlideRoute: ComputedRef<SlideRouteLike | undefined>
  clicksContext: ComputedRef<ClicksContext>
  hasNext: ComputedRef<boolean>
  nextRoute: ComputedRef<SlideRouteLike>
  slides: Ref<SlideRouteLike[]>
  total: ComputedRef<number>
  isPlaying: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
  getPrimaryClicks: (route: SlideRouteLike | undefined) => ClicksContext
}

/** Slidev's presenter timer (`useTimer()`); its state is shared by every window. */
export interface SlidevTimer {
  status: ComputedRef<'stopped' | 'running' | 'paused'>
  /** Seconds the talk has run. */
  passed: ComputedRef<number>
  /** The talk's length in seconds (`duration` of the headmatter). */
  duration: ComputedRef<number>
  mode: ComputedRef<'countdown' | 'stopwatch'>
  reset: () => void
  resume: () => void
  pause: () => void
  toggle: () => void
}

export const configs: Record<string, unknown>
export const slidesTitle: string
export const features: { dev: boolean, drawings: boolean, wakeLock: boolean }

export function useNav(): SlidevNav
export function useTimer(): SlidevTimer
export function createClicksContextBase(current: Ref<number>, clicksStart?: number, clicksTotalOverride?: number): ClicksContext
export function useHead(input: { title: string }): void
export function onContextMenu(event: MouseEvent): void
export function useSlidevPresenter(main: Ref<HTMLElement | undefined>): void
export function deckLang(): string
export function slideTitle(route: SlideRouteLike | undefined): string
export function slideFrontmatter(route: SlideRouteLike | undefined): Record<string, unknown>

export const ClicksSlider: Component
export const ContextMenu: Component
export const CurrentProgressBar: Component
export const DrawingControls: Component
export const Goto: Component
export const LaserPointer: Component
export const NavControls: Component
export const NoteEditable: Component
export const NoteStatic: Component
export const QuickOverview: Component
export const SlideContainer: Component
export const SlidesShow: Component
export const SlideWrapper: Component
export const TimerBar: Component
