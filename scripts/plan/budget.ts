/** Most points (list items, nested ones included) a slide shows. */
export const MAX_POINTS = 6
/** Most sections an agenda slide lists: two columns of {@link MAX_POINTS} (the layout sets more than that in two columns). */
export const MAX_AGENDA_ITEMS = 2 * MAX_POINTS
/** Longest point, in CJK characters (an English word counts 2.5): a whole sentence of about 22 English words or 56 CJK characters. */
export const POINT_LENGTH = 56
/** How many times the budget a point of two sentences may take: a sentence that turns on the one before it, shown with it ("…。但是…"). */
export const PAIR_LENGTH = 1.5
/** Longest first point (same units) that may title its slide when its topic has no heading of its own: any point that is whole (two lines of title type at most). */
export const CLAIM_TITLE_LENGTH = POINT_LENGTH
/** How many times {@link POINT_LENGTH} a list item's whole first sentence may take rather than be cut. */
export const LONG_ITEM = 2
/**
 * How many times {@link POINT_LENGTH} a list item's whole first sentence may take and still
 * be its point rather than a claim of a later sentence: an item's lead says what the item
 * is about, and the sentences after it lean on it.
 */
export const LEAD_SENTENCE_STRETCH = 1.25
/**
 * Longest answer (measureText units) to the question just before it that still leans on
 * that question ("…怎么办？肯定不希望从头开始。", "Can it be undone? Not without a backup."):
 * it is no point without the question; a longer answer restates what it answers.
 */
export const SHORT_ANSWER = 24
/** Longest question the closing slide asks, trimmed from the front (its lead-in) to fit. */
export const QUESTION_LENGTH = 40
/** Points a paragraph longer than this (same units) may give two points instead of one. */
export const LONG_PARAGRAPH = 90
/** Points a text slide shows when its paragraphs make that many claims (a slide of fewer looks empty). */
export const DENSE_POINTS = 3
/** Further claims a paragraph keeps in reserve for a slide with room. */
export const MAX_RESERVE = 3
/** Least score a paragraph's further claim needs to fill a slide with room. */
export const RESERVE_SCORE = 1
/** Least score a paragraph's best point needs to be shown; weaker paragraphs go to the notes only. */
export const MIN_POINT_SCORE = 1
/** Code blocks up to this many lines share a slide with points. */
export const SHARED_CODE_LINES = 10
/** Lines of code a slide shows; longer code is split over several slides. */
export const MAX_CODE_LINES = 18
/** Table rows a slide shows; taller tables are split by rows. */
export const MAX_TABLE_ROWS = 8
/** Quotes longer than this (same units) get a slide of their own. */
export const SHORT_QUOTE = 90
/** Deepest list level a slide shows (1 = top level); deeper items stay in the notes. */
export const MAX_LIST_DEPTH = 2
/** Claims a paragraph of the article's own summary may show (a summary says several things a paragraph). */
export const SUMMARY_CLAIMS = 3
