/** Languages of the admin UI: Arabic (right-to-left, the default), Azerbaijani, English. */
import type { I18nOptions } from '@payloadcms/translations'

import { ar } from '@payloadcms/translations/languages/ar'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'

import { defaultLocale, isLocaleCode, type LocaleCode } from './locales'

export const adminI18n: I18nOptions = {
  fallbackLanguage: defaultLocale,
  supportedLanguages: { ar, az, en },
}

/**
 * The admin language of a plain HTTP request, as Payload itself chooses it: its language cookie
 * (`payload-lng`), else the first supported language of Accept-Language, else Arabic.
 */
export function languageOfHeaders(headers: { cookie?: string; 'accept-language'?: string }): LocaleCode {
  const cookie = /(?:^|;\s*)payload-lng=([a-z]{2})/.exec(headers.cookie ?? '')?.[1]
  if (isLocaleCode(cookie)) return cookie
  for (const part of (headers['accept-language'] ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase()
    if (isLocaleCode(code)) return code
  }
  return defaultLocale
}
