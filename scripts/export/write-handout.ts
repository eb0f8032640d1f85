import type { Page } from 'playwright-chromium'
import type { PdfMeta } from './capture-deck'
import type { HandoutParts } from './handout-parts'
import { writeFile } from 'node:fs/promises'
import { finishPdf } from './capture-deck'

/**
 * Turns the deck's open print view into the handout and prints it to an A4 PDF: each
 * slide (still the deck's own vector slide, in its own fonts) followed by or beside its
 * notes, under a title block; a tagged PDF whose bookmarks are the slides (each slide's
 * own headings are hidden from the outline, the handout's are not). It changes the page:
 * call it last.
 */
export async function writeHandout(page: Page, { path, parts, meta }: { path: string, parts: HandoutParts, meta: PdfMeta }): Promise<void> {
  await page.evaluate(({ css, header, notes, perPage }) => {
    for (const element of [document.documentElement, document.body]) {
      element.style.setProperty('background', '#fff', 'important')
      element.style.setProperty('color-scheme', 'light', 'important')
    }
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
    for (const heading of document.querySelectorAll('#print-content h1, #print-content h2, #print-content h3, #print-content h4, #print-content h5, #print-content h6'))
      heading.setAttribute('role', 'presentation')
    const content = document.querySelector('#print-content')!
    content.insertAdjacentHTML('beforebegin', header)
    document.querySelectorAll('#print-content > .print-slide-container').forEach((slide, index) => {
      if (index > 0 && index % perPage === 0)
        slide.classList.add('handout-break')
      const box = document.createElement('div')
      box.className = 'handout-notes'
      box.innerHTML = notes[index] ?? ''
      slide.after(box)
    })
  }, parts)
  await page.evaluate(async () => {
    await document.fonts.ready
  })
  const raw = await page.pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true })
  await writeFile(path, await finishPdf(raw, meta))
}
