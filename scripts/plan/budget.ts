/** Most points a slide shows. */
export const MAX_POINTS = 6
/** Longest point, in CJK characters (an English word counts 2.5). */
export const POINT_LENGTH = 40
/** Slide weight a code block may take before it gets a slide of its own. */
export const MAX_CODE_LINES = 14
/** Table rows a slide shows before the table is split. */
export const MAX_TABLE_ROWS = 7
