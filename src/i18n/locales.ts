/**
 * Content languages and admin languages, derived from their one declaration (src/i18n/languages.ts):
 * the codes, names, fallback chains and directions the config, the seed, the sites' settings and
 * the tests read.
 */
import type { LocalizationConfig } from 'payload'

import { type AdminLanguage, adminLanguages, type ContentLanguage, contentLanguages } from './languages'

export { type AdminLanguage, adminLanguages } from './languages'

const declared: readonly ContentLanguage[] = contentLanguages

export type LocaleCode = (typeof contentLanguages)[number]['code']
export const localeCodes = declared.map((language) => language.code) as readonly LocaleCode[]

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (localeCodes as readonly string[]).includes(value)

/** The society's source language: the first declared. */
export const defaultLocale: LocaleCode = localeCodes[0]

/** Reading chain per locale: `az` falls back to English, then Arabic; `en` to Arabic. */
export const fallbackChains = Object.fromEntries(
  declared.map((language) => [language.code, language.fallback.filter(isLocaleCode)]),
) as Record<LocaleCode, LocaleCode[]>

export const rtlLocales: ReadonlySet<LocaleCode> = new Set(
  declared.filter((language) => language.rtl === true).map((language) => language.code as LocaleCode),
)

/** A string in every admin language (a label, a message, a mail), keyed by the admin language. */
export type Localized = Record<AdminLanguage, string>

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)

/** The admin language of a request's `i18n.language`, English for any other. */
export const adminLanguageOf = (language: string | undefined): AdminLanguage =>
  isAdminLanguage(language) ? language : 'en'

export const localeNames = Object.fromEntries(declared.map((language) => [language.code, language.names])) as Record<
  LocaleCode,
  Localized
>

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
