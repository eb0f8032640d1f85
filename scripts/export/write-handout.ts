import type { Page } from 'playwright-chromium'
import type { HandoutParts } from './handout-parts'
import type { PdfMeta } from './pdf-meta'
import { writeFile } from '../lib/files'
import { PRINT_VIEW } from '../model/slidev-contract'
import { finishPdf } from './pdf-meta'
import { BROWSER_STAGE_TIMEOUT_MS, withTimeout } from './with-timeout'

/**
 * Turns the deck's open print view into the handout and prints it to an A4 PDF: each
 * slide (still the deck's own vector slide, in its own fonts) followed by or beside its
 * notes, under a title block; a tagged PDF whose bookmarks are the slides (each slide's
 * own headings are hidden from the outline, the handout's are not). It changes the page:
 * call it last. Each wait on the browser is bounded by `timeout` ms (default
 * {@link BROWSER_STAGE_TIMEOUT_MS}); a stuck one fails naming the handout.
 */
export async function writeHandout(page: Page, { path, parts, meta, timeout = BROWSER_STAGE_TIMEOUT_MS }: { path: string, parts: HandoutParts, meta: PdfMeta, timeout?: number }): Promise<void> {
  await withTimeout(page.evaluate(({ css, header, notes, perPage, printContent, printSlide }) => {
    for (const element of [document.documentElement, document.body]) {
      element.style.setProperty('background', '#fff', 'important')
      element.style.setProperty('color-scheme', 'light', 'important')
    }
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
    for (const heading of document.querySelectorAll(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(tag => `${printContent} ${tag}`).join(', ')))
      heading.setAttribute('role', 'presentation')
    const content = document.querySelector(printContent)!
    content.insertAdjacentHTML('beforebegin', header)
    document.querySelectorAll(`${printContent} > ${printSlide}`).forEach((slide, index) => {
      if (index > 0 && index % perPage === 0)
        slide.classList.add('handout-break')
      const box = document.createElement('div')
      box.className = 'handout-notes'
      box.innerHTML = notes[index] ?? ''
      slide.after(box)
    })
  }, { ...parts, printContent: PRINT_VIEW.content, printSlide: PRINT_VIEW.slide }), timeout, 'the handout was not laid out')
  await withTimeout(page.evaluate(async () => {
    await document.fonts.ready
  }), timeout, 'the handout\'s fonts did not load')
  const raw = await withTimeout(page.pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true }), timeout, 'the handout was not printed')
  await writeFile(path, await finishPdf(raw, meta))
}
