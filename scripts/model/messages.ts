import type { Lang } from './deck'

/**
 * Every word the outputs add to the article's own text, in one language: slide titles
 * the plan makes up, notes for what a slide shows without prose, the time line of the
 * presenter notes, the headers of the talk script and the handout, and the speaking rate
 * the build log names. Times come in already written (`1:35`).
 */
export interface Messages {
  /** Title of the agenda slide. */
  agenda: string
  /** Title of the article's opening text, before its first section. */
  intro: string
  /** Title of the closing slide. */
  closing: string
  /** Title of the recap before the closing slide: the talk's topics as a mind map, when the article has no summary of its own. */
  recap: string
  /** Running header of a backup slide (after the closing slide, outside a talk of `--minutes`), before its section's title. */
  backup: string
  /** Notes of a section folded into one slide in a talk of `--minutes`: where its `count` slides went. */
  foldedSection: (count: number) => string
  /** Title of a section whose heading is empty. */
  untitled: string
  /** Cover notes when the deck's title replaces the article's own heading. */
  originalTitle: (title: string) => string
  /** Title of a slide that continues its topic from the slide before. */
  /** Notes of a slide that shows lines `from`-`to` of a long code block. */
  codeLines: (from: number, to: number, of: number) => string
  /** Caption of a code excerpt on a slide: lines `from`-`to` of a block of `of` lines, the rest in the notes. */
  codeExcerpt: (from: number, to: number, of: number) => string
  /** Notes of a slide that shows rows `from`-`to` of a long table. */
  tableRows: (from: number, to: number, of: number) => string
  /** Notes naming a figure or diagram the slide shows. */
  figure: (caption: string) => string
  /** A figure that could not be shown, for the notes: its caption and where it was to come from. */
  missingFigure: (caption: string, source: string) => string
  /** Notes of a slide that shows a code block of `lines` lines. */
  codeBlock: (language: string, lines: number) => string
  /** Notes of a slide that shows a formula. */
  formula: string
  /** Notes of a slide whose content has no prose to say. */
  shown: string
  /** First line of a slide's notes: its time, and where the talk should be when it ends. */
  timeLine: (slide: string, elapsed: string, total: string) => string
  /** Line under the talk script's title: the number of slides and the talk's length. */
  scriptSummary: (slides: number, length: string | undefined) => string
  /** Line under the handout's title: the number of slides. */
  handoutSummary: (slides: number) => string
  /** The speaking rate, for the build log (which is written in English for every deck). */
  speakingRate: (perMinute: number) => string
}

/** The messages of each language the planner knows; a new language must give every one. */
export const MESSAGES: Record<Lang, Messages> = {
  'zh-CN': {
    agenda: '目录',
    intro: '引言',
    closing: '谢谢',
    recap: '内容回顾',
    backup: '备用',
    foldedSection: count => `本部分压缩为一页；完整的 ${count} 页在备用幻灯片中。`,
    untitled: '（无标题）',
    originalTitle: title => `原标题：${title}`,
    codeLines: (from, to, of) => `代码：第 ${from}–${to} 行，共 ${of} 行。`,
    codeExcerpt: (from, to, of) => `第 ${from}–${to} 行，共 ${of} 行`,
    tableRows: (from, to, of) => `表格：第 ${from}–${to} 行，共 ${of} 行。`,
    figure: caption => `图：${caption}`,
    missingFigure: (caption, source) => `（图未能显示：${caption ? `${caption}，` : ''}${source}）`,
    codeBlock: (language, lines) => `代码（${language}，${lines} 行）。`,
    formula: '公式见幻灯片。',
    shown: '本页内容见幻灯片。',
    timeLine: (slide, elapsed, total) => `时间：本页 ${slide} · 讲完本页时 ${elapsed} / ${total}`,
    scriptSummary: (slides, length) => `讲稿：共 ${slides} 页${length ? `，时长 ${length}` : ''}。`,
    handoutSummary: slides => `讲义 · ${slides} 页幻灯片`,
    speakingRate: perMinute => `${perMinute} characters a minute`,
  },
  'en': {
    agenda: 'Agenda',
    intro: 'Introduction',
    closing: 'Thank you',
    recap: 'Recap',
    backup: 'Backup',
    foldedSection: count => `This part is folded into one slide; its ${count} ${count === 1 ? 'slide is' : 'slides are'} in the backup slides.`,
    untitled: '(untitled)',
    originalTitle: title => `Original title: ${title}`,
    codeLines: (from, to, of) => `Code: lines ${from}–${to} of ${of}.`,
    codeExcerpt: (from, to, of) => `lines ${from}–${to} of ${of}`,
    tableRows: (from, to, of) => `Table: rows ${from}–${to} of ${of}.`,
    figure: caption => `Figure: ${caption}`,
    missingFigure: (caption, source) => `(Figure not shown: ${caption ? `${caption}, ` : ''}${source})`,
    codeBlock: (language, lines) => `Code (${language}, ${lines} lines).`,
    formula: 'The formula is on the slide.',
    shown: 'The slide shows this part as it is.',
    timeLine: (slide, elapsed, total) => `Time: ${slide} for this slide · ${elapsed} of ${total} when it ends`,
    scriptSummary: (slides, length) => `Talk script: ${slides} slides${length ? `, ${length}` : ''}.`,
    handoutSummary: slides => `Handout · ${slides} slides`,
    speakingRate: perMinute => `${perMinute} words a minute`,
  },
  'ja': {
    agenda: '目次',
    intro: 'はじめに',
    closing: 'ご清聴ありがとうございました',
    recap: 'おさらい',
    backup: '予備',
    foldedSection: count => `この部分は 1 枚にまとめています。${count} 枚のスライドは予備スライドにあります。`,
    untitled: '（無題）',
    originalTitle: title => `元のタイトル：${title}`,
    codeLines: (from, to, of) => `コード：${from}–${to} 行目（全 ${of} 行）。`,
    codeExcerpt: (from, to, of) => `${from}–${to} 行目（全 ${of} 行）`,
    tableRows: (from, to, of) => `表：${from}–${to} 行目（全 ${of} 行）。`,
    figure: caption => `図：${caption}`,
    missingFigure: (caption, source) => `（表示できない図：${caption ? `${caption}、` : ''}${source}）`,
    codeBlock: (language, lines) => `コード（${language}、${lines} 行）。`,
    formula: '数式はスライドをご覧ください。',
    shown: 'この部分はスライドをご覧ください。',
    timeLine: (slide, elapsed, total) => `時間：このスライド ${slide} · 終了時 ${elapsed} / ${total}`,
    scriptSummary: (slides, length) => `講演原稿：全 ${slides} 枚${length ? `、所要時間 ${length}` : ''}。`,
    handoutSummary: slides => `配布資料 · スライド ${slides} 枚`,
    speakingRate: perMinute => `${perMinute} characters a minute`,
  },
}

/**
 * The faces each language's text is drawn in, in order: the deck's `fonts.sans` (the
 * first), the handout's text. Their `@font-face` rules come from `styles/index.ts`, and
 * `styles/theme.css` orders the slides' font stack the same way with `:lang()` rules:
 * English puts the Latin face first (quotes and apostrophes in Latin metrics), Chinese
 * and Japanese their CJK face; the other faces stay as fallbacks.
 */
export const FONT_STACK: Record<Lang, readonly string[]> = {
  'zh-CN': ['Noto Sans SC', 'Noto Sans'],
  'en': ['Noto Sans', 'Noto Sans SC'],
  'ja': ['Noto Sans JP', 'Noto Sans SC', 'Noto Sans'],
}

/** The face each language's text is drawn in first (the first of its {@link FONT_STACK}). */
export const SANS_FONT: Record<Lang, string> = {
  'zh-CN': FONT_STACK['zh-CN'][0]!,
  'en': FONT_STACK.en[0]!,
  'ja': FONT_STACK.ja[0]!,
}
