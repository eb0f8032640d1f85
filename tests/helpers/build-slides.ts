import process from 'node:process'
import { buildSite } from '../../scripts/export/build-site'

// Builds a hand-written slides.md into a site: node --import tsx build-slides.ts <slides.md> <outDir>
const [entry, outDir] = process.argv.slice(2)
if (!entry || !outDir)
  throw new Error('usage: build-slides.ts <slides.md> <outDir>')
buildSite({ entry, outDir }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
