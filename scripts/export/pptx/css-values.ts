import type { FontPair, Paint } from './spec'

/** Generic font families: a stack's fallbacks, never a font to name. */
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'emoji', 'math', 'fangsong'])

/** Families that carry Chinese or Japanese glyphs, and so can be a run's East Asian font. */
const EAST_ASIAN_FAMILY = /Noto Sans (?:SC|TC|JP|KR|HK|CJK)|Noto Serif (?:SC|TC|JP|KR|CJK)|Source Han|Droid Sans Fallback|PingFang|Hiragino|Microsoft YaHei|SimSun|SimHei|Yu Gothic|Meiryo|MS Gothic|Malgun/i

/**
 * A colour as the browser computes it (`rgb(30, 58, 95)`, `rgba(0, 0, 0, 0.5)`,
 * `rgb(255 255 255 / 0.25)`, `#1e3a5f`), as `RRGGBB` and opacity; undefined for
 * `transparent`, `none` and fully transparent colours.
 */
export function parseColor(css: string | undefined): Paint | undefined {
  const value = (css ?? '').trim().toLowerCase()
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(value)?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map(digit => digit + digit).join('') : hex
    return { color: full.toUpperCase(), alpha: 1 }
  }
  const match = /^rgba?\(([^)]*)\)$/.exec(value)
  if (!match)
    return undefined
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(part => (part.endsWith('%') ? Number.parseFloat(part) * 2.55 : Number.parseFloat(part)))
  if (parts.length < 3 || parts.slice(0, 3).some(part => !Number.isFinite(part)))
    return undefined
  const alphaPart = match[1]!.split(/[\s,/]+/).filter(Boolean)[3]
  const alpha = alphaPart === undefined ? 1 : (alphaPart.endsWith('%') ? Number.parseFloat(alphaPart) / 100 : Number.parseFloat(alphaPart))
  if (!(alpha > 0))
    return undefined
  const channel = (value: number) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, '0')
  return { color: `${channel(parts[0]!)}${channel(parts[1]!)}${channel(parts[2]!)}`.toUpperCase(), alpha: Math.min(1, alpha) }
}

/** A paint made more transparent by an element's opacity. */
export function withOpacity(paint: Paint, opacity: number): Paint {
  return { color: paint.color, alpha: paint.alpha * Math.min(1, Math.max(0, opacity)) }
}

/** A paint laid over a background colour: the opaque colour it shows as. */
export function blend(paint: Paint, background: string): string {
  const channel = (hex: string, index: number) => Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  return [0, 1, 2].map(index => Math.round(channel(paint.color, index) * paint.alpha + channel(background, index) * (1 - paint.alpha)).toString(16).padStart(2, '0')).join('').toUpperCase()
}

/** The families of a `font-family` stack, unquoted, in order. */
export function fontFamilies(stack: string): string[] {
  return stack.split(',').map(family => family.trim().replace(/^(["'])(.*)\1$/, '$2').trim()).filter(Boolean)
}

/**
 * The fonts PowerPoint is to use for a run drawn with this stack: the first named family
 * for Latin text, and the first family with Chinese or Japanese glyphs for East Asian text
 * (`eastAsian` when the stack names none, as a serif quote mark's does).
 */
export function fontPair(stack: string, eastAsian: string): FontPair {
  const named = fontFamilies(stack).filter(family => !GENERIC_FAMILIES.has(family.toLowerCase()))
  return {
    latin: named[0] ?? eastAsian,
    ea: named.find(family => EAST_ASIAN_FAMILY.test(family)) ?? eastAsian,
  }
}

/** Whether a family has Chinese or Japanese glyphs. */
export function isEastAsianFamily(family: string): boolean {
  return EAST_ASIAN_FAMILY.test(family)
}

/** Whether a font weight is drawn bold. */
export function isBold(weight: number): boolean {
  return weight >= 600
}
