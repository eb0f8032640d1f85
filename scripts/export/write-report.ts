import type { CheckReport } from '../check/check-report'
import { writeFileAtomic } from '../lib/files'

/** Writes the check's report (`exports/check.json`) as JSON, replacing the file in one rename. */
export async function writeReport(path: string, report: CheckReport): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`)
}
