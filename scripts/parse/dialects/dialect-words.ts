import type { ArticleScript } from './article-script'

/**
 * The words the dialect rules read or write, per language, in one place: callout labels,
 * the names of numbered parts, the words d2l's cross-references read as.
 */

/** The callout kinds the deck draws (GitHub's alerts). */
export type DeckCalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution'

/**
 * The admonition and callout kinds of Python-Markdown, MkDocs Material, reStructuredText,
 * Obsidian and GitHub, each with the deck's kind it is drawn as.
 */
export const CALLOUT_KINDS: Readonly<Record<string, DeckCalloutKind>> = {
  note: 'note',
  seealso: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  info: 'note',
  todo: 'note',
  question: 'note',
  help: 'note',
  faq: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  important: 'important',
  warning: 'warning',
  attention: 'warning',
  caution: 'caution',
  danger: 'caution',
  error: 'caution',
  bug: 'caution',
  failure: 'caution',
  fail: 'caution',
  missing: 'caution',
}

/**
 * The deck's kind of an admonition or callout kind's name (`note`, `danger`), or
 * `undefined` for any other name: only the table's own names count (`constructor`,
 * `toString` are no kinds, though every object has them).
 */
export function calloutKindOf(name: string): DeckCalloutKind | undefined {
  return Object.hasOwn(CALLOUT_KINDS, name) ? CALLOUT_KINDS[name] : undefined
}

/**
 * The label a callout shows when it has no title of its own, per script and kind; a kind
 * missing from a script's table shows the label of the deck's kind it is drawn as (in
 * Latin script: the kind's name capitalized, as Python-Markdown titles it).
 */
export const CALLOUT_LABELS: Record<ArticleScript, Readonly<Record<string, string>>> = {
  latin: { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution', seealso: 'See also', tldr: 'TL;DR', faq: 'FAQ', todo: 'To do' },
  han: {
    note: '注意',
    tip: '提示',
    important: '重要',
    warning: '警告',
    caution: '小心',
    seealso: '另见',
    abstract: '摘要',
    summary: '摘要',
    tldr: '摘要',
    info: '信息',
    todo: '待办',
    question: '问题',
    help: '帮助',
    faq: '常见问题',
    example: '示例',
    quote: '引用',
    cite: '引用',
    hint: '提示',
    success: '成功',
    check: '成功',
    done: '完成',
    attention: '注意',
    danger: '危险',
    error: '错误',
    bug: '缺陷',
    failure: '失败',
    fail: '失败',
    missing: '缺失',
  },
  kana: { note: '注記', tip: 'ヒント', important: '重要', warning: '警告', caution: '注意', info: '情報', example: '例', question: '質問', danger: '危険', error: 'エラー', bug: 'バグ', success: '成功', failure: '失敗', quote: '引用', summary: '概要', abstract: '概要' },
}

/** What a label is followed by, per script. */
export const LABEL_COLON: Record<ArticleScript, string> = { latin: ':', han: '：', kana: '：' }

/** The heading of the notes section that footnotes are gathered under. */
export const NOTES_HEADINGS: Record<ArticleScript, string> = { han: '注释', kana: '注', latin: 'Notes' }

/** Chinese numerals and their values, for numbered parts (`一、`, `（二）`, `第三部分`). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
/** The Chinese numeral for ten. */
export const CHINESE_TEN = '十'
/** What follows `第N` in a Chinese numbered part: 第一部分, 第二章, 第三节 ... */
export const CHINESE_PART_WORDS = ['部分', '章', '节', '讲', '课', '篇', '单元', '回', '幕']
/** English words that open a numbered part (`Part 2`, `Chapter One`). */
export const ENGLISH_PART_WORDS = ['Part', 'Chapter', 'Section', 'Lesson', 'Lecture']
/** English number words and their values. */
export const ENGLISH_NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }

/** How a d2l cross-reference of one kind reads: the word before its name and after it, and the words an author may already have written beside it (`如图 :numref:…`). */
export interface D2lReferenceKind {
  before: string
  after: string
  said: readonly string[]
}

/** How d2l's cross-references read, per script: the quotes around a label's name, and each kind of label by its prefix (`fig_x`, `sec_x`). */
export const D2L_REFERENCE_WORDS: Record<ArticleScript, { quotes: readonly [string, string], kinds: Readonly<Record<string, D2lReferenceKind>> }> = {
  latin: {
    quotes: ['“', '”'],
    kinds: {
      fig: { before: 'Figure ', after: '', said: ['figure', 'fig.'] },
      tab: { before: 'Table ', after: '', said: ['table', 'tab.'] },
      sec: { before: 'Section ', after: '', said: ['section', 'sec.', '§'] },
      subsec: { before: 'Section ', after: '', said: ['section', 'sec.', '§'] },
      chap: { before: 'Chapter ', after: '', said: ['chapter', 'ch.'] },
      eq: { before: 'Equation ', after: '', said: ['equation', 'eq.', 'formula'] },
    },
  },
  han: {
    quotes: ['“', '”'],
    kinds: {
      fig: { before: '图', after: '', said: ['图', '图片', '插图'] },
      tab: { before: '表', after: '', said: ['表', '表格'] },
      sec: { before: '', after: '一节', said: ['节', '章', '部分'] },
      subsec: { before: '', after: '一节', said: ['节', '章', '部分'] },
      chap: { before: '', after: '一章', said: ['章'] },
      eq: { before: '式', after: '', said: ['式', '公式', '方程'] },
    },
  },
  kana: {
    quotes: ['「', '」'],
    kinds: {
      fig: { before: '図', after: '', said: ['図'] },
      tab: { before: '表', after: '', said: ['表'] },
      sec: { before: '', after: '節', said: ['節', '章'] },
      subsec: { before: '', after: '節', said: ['節', '章'] },
      chap: { before: '', after: '章', said: ['章'] },
      eq: { before: '式', after: '', said: ['式'] },
    },
  },
}
