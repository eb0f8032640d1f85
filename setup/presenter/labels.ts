/**
 * The presenter view's words, in the deck's language (Chinese decks get Chinese labels,
 * every other deck English), so they read like the notes' own time line.
 */

/** Labels of the presenter view. */
export interface PresenterLabels {
  current: string
  next: string
  nextClick: (click: number, total: number) => string
  end: string
  notes: string
  smaller: string
  larger: string
  start: string
  pause: string
  resume: string
  reset: string
  clock: string
  countdown: string
  overtime: string
  ahead: string
  behind: string
  onTime: string
  notStarted: string
  thisSlide: string
  endsAt: string
}

const ZH: PresenterLabels = {
  current: '当前',
  next: '下一页',
  nextClick: (click, total) => `本页第 ${click}/${total} 步`,
  end: '最后一页',
  notes: '讲稿',
  smaller: '缩小讲稿字号',
  larger: '放大讲稿字号',
  start: '开始计时',
  pause: '暂停',
  resume: '继续',
  reset: '重新计时',
  clock: '现在时间',
  countdown: '剩余时间',
  overtime: '超时',
  ahead: '提前',
  behind: '落后',
  onTime: '准时',
  notStarted: '翻页即开始计时',
  thisSlide: '本页',
  endsAt: '计划讲完于',
}

const EN: PresenterLabels = {
  current: 'Current',
  next: 'Next',
  nextClick: (click, total) => `this slide, step ${click}/${total}`,
  end: 'Last slide',
  notes: 'Notes',
  smaller: 'Smaller notes',
  larger: 'Larger notes',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset timer',
  clock: 'Time of day',
  countdown: 'Time left',
  overtime: 'over',
  ahead: 'ahead',
  behind: 'behind',
  onTime: 'on time',
  notStarted: 'starts on the first advance',
  thisSlide: 'this slide',
  endsAt: 'planned to end at',
}

/** The labels for a deck in language `lang` (a BCP 47 tag such as `zh-CN`). */
export function presenterLabels(lang: string): PresenterLabels {
  return lang.toLowerCase().startsWith('zh') ? ZH : EN
}
