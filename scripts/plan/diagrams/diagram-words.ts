import type { Lang } from '../../model/deck'

/**
 * How a qualifier bends a number: `approx` an estimate (`约`, `about`), `bound` one side
 * of the value (`低于`, `80%以上`, `over`), `limit` a limit set on it (`至少`, `up to`).
 */
export type QualifierSense = 'approx' | 'bound' | 'limit'

/** The words diagram rules read around numbers and in lists, for one language. */
export interface DiagramWords {
  /** Written right before a number (`大约45TB`, `less than 40%`), by sense. */
  qualifiersBefore: Readonly<Record<string, QualifierSense>>
  /** Written right after a number and its unit (`80%以上`, `3万元左右`, `10 GB or more`). */
  qualifiersAfter: Readonly<Record<string, QualifierSense>>
  /** Written between a number and its multiplier or unit (`10多万`, `100余人`). */
  qualifiersInside: Readonly<Record<string, QualifierSense>>
  /** What a rate is counted per, after `/`, `per` or `每` (`GB/s`, `per second`, `每秒`). */
  rateUnits: readonly string[]
  /** Words that put a rate's unit after a figure (`/`, `per`, `a`, `每`). */
  ratePer: readonly string[]
  /** Words before a number, in its clause, that make it a rate or a share of one (`每张 A100 有 80GB`, `平均`, `per`). */
  shareWords: readonly string[]
  /** Words that join the options or the range of one quantity (`2GB、4GB或8GB`, `7B to 70B`). */
  alternatives: readonly string[]
  /** Words that state two amounts are one (`1MB是1,000KB`, `1 KB equals 1,024 bytes`): a unit's definition. */
  equals: readonly string[]
  /** Words that say a figure restates the one before it in other units (`8GB的RAM，即8,000,000,000字节`, `i.e.`). */
  restateWords: readonly string[]
  /** Words after a bare number that make it part of a name (`3.8版`, `5 series`). */
  nameAfter: readonly string[]
  /** Words before a number that make it an ordinal (`第3代`, `No. 5`). */
  ordinalBefore: readonly string[]
  /** Nouns that say a bare `G` or `T` after a number counts bytes (`750G的文本数据`). */
  dataNouns: readonly string[]
  /** Words of a lead-in that present a list as a procedure, its items in order (`步骤`, `steps`, `workflow`). */
  procedureWords: readonly string[]
  /** Words a list item opens with that place it after the one before (`然后`, `then`, `finally`). */
  sequenceWords: readonly string[]
  /** Words of a lead-in that present the items as options, not as steps (`tips`, `选项`). */
  choiceMarkers: readonly string[]
}

/** The diagram words of each language; rules that do not know a text's language read all of them. */
export const DIAGRAM_WORDS: Record<Lang, DiagramWords> = {
  'zh-CN': {
    qualifiersBefore: {
      约: 'approx',
      大约: 'approx',
      大概: 'approx',
      约为: 'approx',
      近: 'approx',
      将近: 'approx',
      接近: 'approx',
      几近: 'approx',
      差不多: 'approx',
      低于: 'bound',
      高于: 'bound',
      小于: 'bound',
      大于: 'bound',
      少于: 'bound',
      多于: 'bound',
      超过: 'bound',
      超: 'bound',
      不到: 'bound',
      不足: 'bound',
      至少: 'limit',
      最少: 'limit',
      最多: 'limit',
      至多: 'limit',
      不超过: 'limit',
      不少于: 'limit',
      不低于: 'limit',
      不高于: 'limit',
    },
    qualifiersAfter: { 左右: 'approx', 上下: 'approx', 以上: 'bound', 以下: 'bound', 以内: 'limit' },
    qualifiersInside: { 多: 'bound', 余: 'bound' },
    rateUnits: ['秒', '分钟', '小时', '天', '日', '周', '月', '年', '人', '张', '卡', '台', '次', '个'],
    ratePer: ['/', '每'],
    shareWords: ['每', '单张', '单个', '单块', '单台', '单位', '平均', '人均'],
    alternatives: ['、', '或者', '或', '和', '与', '及', '到', '至', '~', '～', '-', '–', '—', '/'],
    equals: ['是', '等于', '约等于', '相当于', '即', '=', '＝', '≈'],
    restateWords: ['即', '也就是', '也即', '亦即', '换算成', '相当于'],
    nameAfter: ['版本', '版', '代', '系列', '型'],
    ordinalBefore: ['第'],
    dataNouns: ['数据', '文本', '语料', '存储', '内存', '显存', '硬盘', '磁盘', '容量', '空间'],
    procedureWords: ['步骤', '几步', '流程', '过程', '阶段', '顺序', '依次', '先后'],
    sequenceWords: ['首先', '第一步', '然后', '接着', '之后', '随后', '其次', '再次', '最后'],
    choiceMarkers: ['答案', '选项', '选择', '正确', '错误', '建议', '技巧', '窍门', '做法', '注意事项', '原因', '好处', '优点', '缺点'],
  },
  'en': {
    qualifiersBefore: {
      'about': 'approx',
      'around': 'approx',
      'approximately': 'approx',
      'roughly': 'approx',
      'nearly': 'approx',
      'almost': 'approx',
      'close to': 'approx',
      '~': 'approx',
      '≈': 'approx',
      'below': 'bound',
      'above': 'bound',
      'under': 'bound',
      'over': 'bound',
      'less than': 'bound',
      'more than': 'bound',
      'fewer than': 'bound',
      'greater than': 'bound',
      '<': 'bound',
      '>': 'bound',
      'at least': 'limit',
      'at most': 'limit',
      'up to': 'limit',
      'no more than': 'limit',
      'no less than': 'limit',
      '≤': 'limit',
      '≥': 'limit',
    },
    qualifiersAfter: { 'or so': 'approx', '+': 'bound', 'or more': 'bound', 'or less': 'bound', 'or fewer': 'bound' },
    qualifiersInside: {},
    rateUnits: ['second', 'sec', 's', 'minute', 'min', 'hour', 'hr', 'h', 'day', 'week', 'month', 'mo', 'year', 'yr', 'user', 'person', 'card', 'GPU', 'core', 'token', 'request', 'call', 'query', 'image', 'step'],
    ratePer: ['/', 'per', 'a', 'an', 'each'],
    shareWords: ['per', 'each', 'average'],
    alternatives: [',', 'or', 'and', 'to', '-', '–', '—', '~', '/'],
    equals: ['equals', 'is equal to', 'is', 'means', '=', '≈'],
    restateWords: ['i.e.', 'that is', 'which is'],
    nameAfter: ['version', 'edition', 'release', 'series', 'generation'],
    ordinalBefore: ['No.', '#'],
    dataNouns: ['data', 'text', 'corpus', 'storage', 'memory', 'disk', 'RAM', 'VRAM'],
    procedureWords: ['step', 'steps', 'procedure', 'process', 'workflow', 'pipeline', 'stages', 'phases', 'in order', 'in sequence', 'in turn'],
    sequenceWords: ['first', 'firstly', 'then', 'next', 'after that', 'afterwards', 'finally', 'lastly'],
    choiceMarkers: ['answer', 'answers', 'option', 'options', 'choice', 'choices', 'correct', 'wrong', 'quiz', 'tip', 'tips', 'advice', 'best practice', 'best practices', 'reason', 'reasons', 'benefit', 'benefits'],
  },
  'ja': {
    qualifiersBefore: { 約: 'approx', およそ: 'approx', 最大: 'limit', 最低: 'limit', 少なくとも: 'limit' },
    qualifiersAfter: { 程度: 'approx', 前後: 'approx', ほど: 'approx', 近く: 'approx', 以上: 'bound', 以下: 'bound', 未満: 'bound', 超: 'bound', 以内: 'limit' },
    qualifiersInside: { 余: 'bound' },
    rateUnits: ['秒', '分', '時間', '日', '週', '月', '年', '人', '枚', '台', '回', '個'],
    ratePer: ['/', '毎'],
    shareWords: ['毎', '平均', '1人あたり'],
    alternatives: ['、', 'または', 'か', 'から', 'と', '~', '～', '-', '/'],
    equals: ['は', '=', '＝', '≈'],
    restateWords: ['つまり', 'すなわち'],
    nameAfter: ['版', '世代', 'シリーズ', '型'],
    ordinalBefore: ['第'],
    dataNouns: ['データ', 'テキスト', 'ストレージ', 'メモリ', 'ディスク', '容量'],
    procedureWords: ['手順', 'ステップ', '流れ', '順番', '順に', '工程'],
    sequenceWords: ['まず', '次に', 'その後', 'それから', '最後に'],
    choiceMarkers: ['答え', '選択肢', '正解', 'ヒント', 'コツ', '理由'],
  },
}

const LANGS = Object.keys(DIAGRAM_WORDS) as Lang[]

/** The words of one kind in every language, longest first (so `大约` is tried before `约`, `at least` before `at`). */
export function wordsOfAll(key: Exclude<keyof DiagramWords, `qualifiers${string}`>): string[] {
  return longestFirst(LANGS.flatMap(lang => DIAGRAM_WORDS[lang][key]))
}

/** The qualifiers written at one place in every language, longest first, with their sense. */
export function qualifiersOfAll(place: 'qualifiersBefore' | 'qualifiersAfter' | 'qualifiersInside'): [string, QualifierSense][] {
  const entries = LANGS.flatMap(lang => Object.entries(DIAGRAM_WORDS[lang][place]))
  return [...new Map(entries).entries()].sort(([a], [b]) => b.length - a.length)
}

/**
 * A regular expression's source matching any of the words as written (escaped), a word
 * of Latin letters only as a whole word (`each`, not the end of `reach`) unless `whole` is
 * false (the caller then says what may follow it: `hours` for `hour`).
 */
export function alternation(words: readonly string[], whole = true): string {
  return words.map((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
    return `${/^[a-z]/i.test(word) ? '(?<![a-z])' : ''}${escaped}${whole && /[a-z]$/i.test(word) ? '(?![a-z])' : ''}`
  }).join('|')
}

function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}
