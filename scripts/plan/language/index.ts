import type { Lang } from '../../model/deck'
import type { LanguagePack } from './language-pack'
import { EN } from './en'
import { JA } from './ja'
import { ZH_CN } from './zh-CN'

export type { LanguagePack } from './language-pack'

/** The words the planner reads each language by: one pack per language the deck knows. */
export const LANGUAGE_PACKS: Record<Lang, LanguagePack> = { 'zh-CN': ZH_CN, 'en': EN, 'ja': JA }
