import { describe, expect, it } from 'vitest'
import { excerptCode, isProgramOutput, MAX_CODE_SLIDES } from '../../scripts/plan/code-excerpt'

/** A long configuration file: 200 lines of keys, with one section the text names. */
function longConfig(): string[] {
  const lines: string[] = []
  for (let index = 0; index < 60; index++)
    lines.push(`  option_${index}: ${index}`, `  # note ${index}`, '')
  lines.splice(120, 0, 'def search_courses(role, product, level):', '    return index.search(role=role, product=product, level=level)', '')
  return ['settings:', ...lines]
}

describe('excerptCode', () => {
  it('shows a long block on one slide: the window holding the lines the text names', () => {
    const lines = longConfig()
    const windows = excerptCode(lines, { max: 18, named: ['search_courses'] })
    expect(MAX_CODE_SLIDES).toBe(1)
    expect(windows).toHaveLength(1)
    expect(windows[0]!.lines.some(line => line.includes('def search_courses'))).toBe(true)
    expect(excerptCode(lines, { max: 18 })[0]!.from).toBe(1)
    for (const window of windows) {
      expect(window.lines.length).toBeLessThanOrEqual(18)
      expect(window.lines).toEqual(lines.slice(window.from - 1, window.from - 1 + window.lines.length))
    }
  })

  it('ends a window where a statement ends, not inside brackets', () => {
    const call = ['response = client.create(', '    model="gpt-4",', '    messages=messages,', '    functions=functions,', ')', '']
    const lines = [...Array.from({ length: 14 }, (_, i) => `x${i} = ${i}`), ...call, ...Array.from({ length: 40 }, (_, i) => `y${i} = ${i}`)]
    const [first] = excerptCode(lines, { max: 18 })
    const text = first!.lines.join('\n')
    expect((text.match(/\(/g) ?? []).length).toBe((text.match(/\)/g) ?? []).length)
  })

  it('splits a block that fits in the windows it may have evenly and leaves nothing out', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`)
    const windows = excerptCode(lines, { max: 18, windows: 2 })
    expect(windows.flatMap(window => window.lines)).toEqual(lines)
    expect(excerptCode(lines, { max: 18 }).flatMap(window => window.lines).length).toBeLessThanOrEqual(18)
  })

  it('ends a window outside a string that runs over lines (triple quotes, a template literal)', () => {
    for (const quote of ['\'\'\'', '"""', '`']) {
      const prompt = (name: string) => [`${name} = f${quote}`, 'Extract the following fields:', '', 'name', 'major', '', 'Text to read:', '{text}', quote, '']
      const lines = [...prompt('first'), ...prompt('second'), ...prompt('third')]
      const [window] = excerptCode(lines, { max: 18 })
      expect(window!.lines.join('\n').split(quote).length % 2, quote).toBe(1)
      expect(window!.lines.at(-1), quote).toBe(quote)
    }
  })

  it('never makes a slide of fences or brackets alone', () => {
    const lines: string[] = [...Array.from({ length: 50 }, (_, i) => `a${i}()`), '```', '}', ']', ...Array.from<string>({ length: 30 }).fill('')]
    for (const window of excerptCode(lines, { max: 18 }))
      expect(window.lines.some(line => /\w/.test(line))).toBe(true)
  })
})

describe('program output', () => {
  it('knows output by its language or by log lines; `text` alone may be a prompt or data, not output', () => {
    expect(isProgramOutput('output', ['done'])).toBe(true)
    expect(isProgramOutput('console', ['$ uv lock', 'Resolved 3 packages'])).toBe(true)
    expect(isProgramOutput('text', ['Insurance company: ACME', 'Budget: $1000'])).toBe(false)
    expect(isProgramOutput('python', ['print(1)'])).toBe(false)
    expect(isProgramOutput(undefined, ['2024-01-02 10:00:01 INFO start', '2024-01-02 10:00:02 INFO ready', 'listening'])).toBe(true)
    expect(isProgramOutput(undefined, ['const a = 1', 'const b = 2'])).toBe(false)
  })
})
