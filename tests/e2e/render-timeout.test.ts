import type { Server } from 'node:http'
import type { Browser } from 'playwright-chromium'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPrintView } from '../../scripts/export/print-view'
import { ExportError } from '../../scripts/lib/errors'
import { openBrowser } from '../helpers/browser'

/** A print view of two slides whose second, like Slidev's, adds an image after load: one the server never sends. */
const PRINT_VIEW = `<!doctype html><html><body>
<div class="print-slide-container" style="width:960px;height:540px">one</div>
<div class="print-slide-container" style="width:960px;height:540px">two</div>
<script>addEventListener('load', () => {
  const image = document.createElement('img')
  image.src = '/assets/never.png'
  document.querySelectorAll('.print-slide-container')[1].append(image)
})</script>
</body></html>`

describe('a print view that never finishes loading', () => {
  let browser: Browser
  let server: Server
  let url: string

  beforeAll(async () => {
    browser = await openBrowser()
    server = createServer((request, response) => {
      if (request.url?.startsWith('/assets/never.png'))
        return
      response.writeHead(200, { 'content-type': 'text/html' }).end(PRINT_VIEW)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`
  })

  afterAll(async () => {
    server?.closeAllConnections()
    server?.close()
    await browser?.close()
  })

  it('fails within the limit, in one line naming the stage, the slide and the image', async () => {
    const started = performance.now()
    const error = await openPrintView({ browser, siteUrl: url, slideCount: 2, timeout: 3_000 }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ExportError)
    expect((error as Error).message).toBe('the deck did not render within 3 s: slide 2 of 2 still loading (image never.png)')
    expect(performance.now() - started).toBeLessThan(3_000 + 2_000)
  })
})
