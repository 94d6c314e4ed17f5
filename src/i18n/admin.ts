/** Languages of the admin UI: Arabic (right-to-left, the default), Azerbaijani, English. */
import type { I18nOptions } from '@payloadcms/translations'

import { ar } from '@payloadcms/translations/languages/ar'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'

import { defaultLocale } from './locales'

export const adminI18n: I18nOptions = {
  fallbackLanguage: defaultLocale,
  supportedLanguages: { ar, az, en },
}
