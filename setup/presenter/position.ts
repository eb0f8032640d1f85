/** A place in the talk: a slide's number (from 1) and how many of its clicks are shown. */
export type TalkPosition = readonly [slide: number, clicks: number]

/** Whether position `to` comes after `from` in the talk: a later click of the slide or a later slide. */
export function isForward(from: TalkPosition, to: TalkPosition): boolean {
  return to[0] > from[0] || (to[0] === from[0] && to[1] > from[1])
}
