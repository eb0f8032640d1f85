import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startSiteBuilder } from '../../scripts/export/build-site'
import { ROOT } from '../helpers/run-cli'

const WORK = join(ROOT, 'tests/.tmp/site-builder')

/** A one-slide deck of the project's theme saying `words`. */
function deckSaying(words: string): string {
  return ['---', 'theme: ../../..', 'title: Builder', 'routerMode: hash', 'fonts:', '  provider: none', 'layout: content', '---', '', '# Builder', '', `- ${words}`, ''].join('\n')
}

/** The text of every script the site holds. */
function siteScripts(site: string): string {
  return readdirSync(join(site, 'assets')).filter(name => name.endsWith('.js')).map(name => readFileSync(join(site, 'assets', name), 'utf8')).join('\n')
}

describe('the build process kept warm for the fit loop\'s next round', () => {
  const builder = startSiteBuilder({ keepWarm: true })
  afterAll(() => {
    builder.close()
    rmSync(WORK, { recursive: true, force: true })
  })

  it('builds the same slides.md again after it changed, from its new text, keeping nothing of the last deck', async () => {
    rmSync(WORK, { recursive: true, force: true })
    mkdirSync(WORK, { recursive: true })
    const entry = join(WORK, 'slides.md')
    writeFileSync(entry, deckSaying('first round marker'))
    await builder.build({ entry, outDir: join(WORK, 'round-1') })
    writeFileSync(entry, deckSaying('second round marker'))
    await builder.build({ entry, outDir: join(WORK, 'round-2') })
    expect(siteScripts(join(WORK, 'round-1'))).toContain('first round marker')
    const second = siteScripts(join(WORK, 'round-2'))
    expect(second).toContain('second round marker')
    expect(second).not.toContain('first round marker')
  })
})
