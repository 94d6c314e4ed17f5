/**
 * The languages, declared once: the languages entries are written in (`contentLanguages`) and the
 * languages the admin, its messages and its mail speak (`adminLanguages`). Adding a content
 * language is one line in `contentLanguages` (its code, its name in each admin language, the
 * languages a reader falls back to, its direction), then `npm run generate` and a migration; the
 * rest of the system derives what it needs from this list (src/i18n/locales.ts).
 */

/** The languages the admin speaks (its labels, messages and mail): not the content's languages. */
export const adminLanguages = ['ar', 'az', 'en'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

export interface ContentLanguage {
  code: string
  /** The language's name, in each admin language. */
  names: Record<AdminLanguage, string>
  /** The languages a read falls back to, in order, when an entry has no text in this one. */
  fallback: readonly string[]
  /** Written right to left. */
  rtl?: boolean
}

/** The content languages, the default (the society's source language) first. */
export const contentLanguages = [
  { code: 'ar', names: { ar: 'العربية', az: 'Ərəb dili', en: 'Arabic' }, fallback: [], rtl: true },
  { code: 'az', names: { ar: 'الأذربيجانية', az: 'Azərbaycan dili', en: 'Azerbaijani' }, fallback: ['en', 'ar'] },
  { code: 'en', names: { ar: 'الإنجليزية', az: 'İngilis dili', en: 'English' }, fallback: ['ar'] },
] as const satisfies readonly ContentLanguage[]
