import { parseSync } from '@slidev/parser'

/** One slide of a `slides.md`, cut out of the file as written. */
export interface SlideChunk {
  /** The slide's lines, from its opening `---` (or the file's start) to the line before the next slide. */
  text: string
  /** The slide's `origin` (what it was made from), when it has one. */
  id?: string
  /** Its first heading, as Slidev reads it. */
  title?: string
  /** Its presenter notes (the closing comment), as Slidev reads them. */
  note?: string
  /** Its Markdown between the front matter and the notes, as Slidev reads it. */
  content: string
  /** Its front matter, the headmatter included for the first slide. */
  frontmatter: Record<string, unknown>
}

/**
 * Cuts a `slides.md` into its slides the way Slidev splits it (code fences and front
 * matter respected): joined with a newline, the chunks' texts give back the file byte
 * for byte (see {@link joinSlides}).
 */
export function splitSlides(markdown: string): SlideChunk[] {
  const lines = markdown.split('\n')
  const slides = parseSync(markdown, 'slides.md').slides
  // Slidev starts a slide without front matter after its `---`: the separator goes with the slide it opens.
  const starts = slides.map((slide, index) => (index === 0 ? 0 : lines[slide.start - 1]?.trim() === '---' && lines[slide.start]?.trim() !== '---' ? slide.start - 1 : slide.start))
  return slides.map((slide, index) => {
    const start = starts[index]!
    const end = starts[index + 1] ?? lines.length
    const origin = slide.frontmatter.origin
    return {
      text: lines.slice(start, end).join('\n'),
      ...(typeof origin === 'string' ? { id: origin } : {}),
      ...(slide.title ? { title: slide.title } : {}),
      ...(slide.note ? { note: slide.note } : {}),
      content: slide.content,
      frontmatter: slide.frontmatter,
    }
  })
}

/** Joins slides cut by {@link splitSlides} into one file, ending with a newline. */
export function joinSlides(texts: readonly string[]): string {
  const joined = texts.join('\n')
  return joined.endsWith('\n') ? joined : `${joined}\n`
}

/** The line (1-based) each slide of the joined file starts at. */
export function slideStartLines(texts: readonly string[]): number[] {
  let line = 1
  return texts.map((text) => {
    const start = line
    line += text.split('\n').length
    return start
  })
}
