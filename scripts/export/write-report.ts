import type { CheckReport } from '../check/check-report'
import { rename } from 'node:fs/promises'
import process from 'node:process'
import { writeFile } from '../lib/files'

/** Writes the check's report (`exports/check.json`) as JSON, replacing the file in one rename. */
export async function writeReport(path: string, report: CheckReport): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`)
  await rename(temporary, path)
}
