import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'

/** What a PowerPoint file holds: its slides' pictures and the text of each slide's speaker notes. */
export async function readPptx(path: string): Promise<{ slides: number, notes: string[], pictures: number[], title: string }> {
  const zip = await JSZip.loadAsync(await readFile(path))
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1])
  const slideFiles = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort((a, b) => number(a) - number(b))
  const notes: string[] = []
  const pictures: number[] = []
  for (const slideFile of slideFiles) {
    const slideXml = await zip.file(slideFile)!.async('string')
    pictures.push((slideXml.match(/<p:pic>/g) ?? []).length)
    const rels = await zip.file(slideFile.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))?.async('string') ?? ''
    const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1]
    const notesXml = notesTarget ? await zip.file(`ppt/notesSlides/${notesTarget}`)!.async('string') : ''
    notes.push([...notesXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(match => decodeXml(match[1]!)).join('\n'))
  }
  const core = await zip.file('docProps/core.xml')?.async('string') ?? ''
  return { slides: slideFiles.length, notes, pictures, title: decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '') }
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')
}
