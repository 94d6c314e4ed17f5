/**
 * The one source of truth for content locales and admin languages, two separate lists: the
 * languages entries are written in (`localeCodes`) and the languages the admin, its messages and
 * its mail speak (`adminLanguages`), so that a content language can be added without translating
 * every label.
 * Used by payload.config.ts, the seed, and the tests.
 */
import type { LocalizationConfig } from 'payload'

export const localeCodes = ['ar', 'az', 'en'] as const
export type LocaleCode = (typeof localeCodes)[number]

/** The languages the admin speaks (its labels, messages and mail): not the content's languages. */
export const adminLanguages = ['ar', 'az', 'en'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

export const defaultLocale: LocaleCode = 'ar'

/** Reading chain per locale: `az` falls back to English, then Arabic; `en` to Arabic. */
export const fallbackChains: Record<LocaleCode, LocaleCode[]> = {
  ar: [],
  az: ['en', 'ar'],
  en: ['ar'],
}

export const rtlLocales: ReadonlySet<LocaleCode> = new Set(['ar'])

/** A string in every admin language (a label, a message, a mail), keyed by the admin language. */
export type Localized = Record<AdminLanguage, string>

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)

/** The admin language of a request's `i18n.language`, English for any other. */
export const adminLanguageOf = (language: string | undefined): AdminLanguage =>
  isAdminLanguage(language) ? language : 'en'

export const localeNames: Record<LocaleCode, Localized> = {
  ar: { ar: 'العربية', az: 'Ərəb dili', en: 'Arabic' },
  az: { ar: 'الأذربيجانية', az: 'Azərbaycan dili', en: 'Azerbaijani' },
  en: { ar: 'الإنجليزية', az: 'İngilis dili', en: 'English' },
}

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (localeCodes as readonly string[]).includes(value)

/** The content locale of a request; `all` and unknown values read as the default locale. */
export const localeOf = (req: { locale?: null | string }): LocaleCode =>
  isLocaleCode(req.locale) ? req.locale : defaultLocale

export const localization: LocalizationConfig = {
  defaultLocale,
  fallback: true,
  locales: localeCodes.map((code) => ({
    code,
    label: localeNames[code],
    rtl: rtlLocales.has(code),
    // An empty chain would make Payload fall back to the default locale; Arabic is the default.
    ...(fallbackChains[code].length > 0 ? { fallbackLocale: fallbackChains[code] } : {}),
  })),
}
