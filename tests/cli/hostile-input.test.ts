import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../helpers/run-cli'

function generate(fixture: string) {
  const out = mkdtempSync(join(tmpdir(), `${fixture}-`))
  return runCommand('generate', [`tests/fixtures/${fixture}/input.md`, '--out', out]).then(result => ({ ...result, slides: readFileSync(join(out, 'slides.md'), 'utf8') }))
}

describe('npm run generate on broken and hostile articles', () => {
  it('reports each mistake of a sidecar with file, line and field, and still builds with the valid fields', async () => {
    const { code, stderr, slides } = await generate('sidecar-errors')
    expect(code).toBe(0)
    expect(stderr).toContain('tests/fixtures/sidecar-errors/input.deck.yaml:2: warning: field "author": Invalid input: expected string, received number; the field is ignored')
    expect(stderr).toContain('tests/fixtures/sidecar-errors/input.deck.yaml:3: warning: field "subtitle": Too small')
    expect(stderr).toContain('tests/fixtures/sidecar-errors/input.deck.yaml:4: warning: unknown field "colour" is ignored')
    expect(slides).toContain('title: "Title from the sidecar"')
  })

  it('reports a missing local image with its line, leaves it out of the slides and names it in the notes', async () => {
    const { code, stderr, slides } = await generate('missing-image')
    expect(code).toBe(0)
    expect(stderr).toContain('tests/fixtures/missing-image/input.md:5: warning: image ./images/chart.png not found; it is left out of the slides (named in the notes)')
    expect(slides).not.toContain('ImagePlaceholder')
    expect(slides).toContain('(Figure not shown: A chart that is not there, `./images/chart.png`)')
  })

  it('says what it dropped from hostile HTML, with lines', async () => {
    const { code, stderr } = await generate('hostile-html')
    expect(code).toBe(0)
    expect(stderr).toContain('tests/fixtures/hostile-html/input.md:5: warning: <script> was dropped with its content')
    expect(stderr).toContain('tests/fixtures/hostile-html/input.md:7: warning: <style> was dropped with its content')
    expect(stderr).toContain('tests/fixtures/hostile-html/input.md:9: warning: <iframe> was dropped with its content')
    expect(stderr).toContain('tests/fixtures/hostile-html/input.md:17: warning: an HTML comment is not shown')
  })

  it('says where a code fence was left open', async () => {
    const { code, stderr } = await generate('broken-fence')
    expect(code).toBe(0)
    expect(stderr).toContain('tests/fixtures/broken-fence/input.md:5: warning: the code block opened here with ``` is never closed')
  })

  it('names empty headings', async () => {
    const { stderr, slides } = await generate('broken-headings')
    expect(stderr).toMatch(/broken-headings\/input\.md:\d+: warning: /)
    expect(slides).not.toMatch(/^# $/m)
  })
})
