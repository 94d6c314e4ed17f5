/** Languages of the admin UI: Arabic (right-to-left, the default), Azerbaijani, English. */
import type { I18nOptions } from '@payloadcms/translations'

import { ar } from '@payloadcms/translations/languages/ar'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'

import { defaultLocale, isLocaleCode, type LocaleCode } from './locales'

/**
 * Corrections to Payload's own strings. Two of its labels are filled with a collection's or a
 * column's label object in places (the dashboard's cards, the list's sort buttons), which read
 * "[object Object]"; those say what they do without the label. The rest are wrong words:
 * "أنشاء" (hamza), "‹لا العنوان›", "الموقع المحلي" for a content language, "Yalan", "-ı"
 * suffixes, "Faylım Ölçüsü", and English left in Azerbaijani.
 */
const corrections = {
  ar: {
    general: {
      createNew: 'إنشاء جديد',
      createNewLabel: 'إنشاء جديد',
      sortByLabelDirection: 'رتّب {{direction}}',
      noLabel: '‹بلا {{label}}›',
      untitled: 'بلا عنوان',
      successfullyCreated: 'تم الإنشاء بنجاح: {{label}}.',
      false: 'لا',
      true: 'نعم',
      copyToLocale: 'نسخ إلى لغة أخرى',
      selectLocaleToCopy: 'اختر اللغة التي يُنسخ إليها',
      showAllLabel: 'عرض الكل: {{label}}',
    },
    fields: {
      toggleBlock: 'إظهار الكتلة أو إخفاؤها',
      labelRelationship: 'علاقة: {{label}}',
      addNewLabel: 'إضافة جديد',
    },
  },
  az: {
    general: {
      createNewLabel: 'Yenisini yarat',
      sortByLabelDirection: '{{direction}} sırala',
      noLabel: '‹{{label}} yoxdur›',
      false: 'Xeyr',
      true: 'Bəli',
      filter: 'Süzgəc',
      copyToLocale: 'Başqa dilə köçür',
      selectLocaleToCopy: 'Köçürüləcək dili seçin',
      showAllLabel: 'Hamısını göstər: {{label}}',
    },
    fields: { labelRelationship: 'Əlaqə: {{label}}', addNewLabel: 'Yenisini əlavə et' },
    version: { status: 'Vəziyyət', publishIn: 'Bu dildə dərc et: {{locale}}' },
    upload: { fileSize: 'Faylın ölçüsü' },
  },
  en: {
    general: { createNewLabel: 'Create new', sortByLabelDirection: 'Sort {{direction}}' },
    fields: { addNewLabel: 'Add new' },
  },
}

type Language = typeof ar
type Corrections = { [Group in keyof Language['translations']]?: Partial<Language['translations'][Group]> }

/** A Payload language with some of its strings corrected, group by group. */
const corrected = (language: Language, fixes: Corrections): Language => {
  const translations = { ...language.translations }
  for (const group of Object.keys(fixes) as (keyof Corrections)[]) {
    Object.assign(translations, { [group]: { ...translations[group], ...fixes[group] } })
  }
  return { ...language, translations }
}

export const adminI18n: I18nOptions = {
  fallbackLanguage: defaultLocale,
  supportedLanguages: {
    ar: corrected(ar, corrections.ar),
    az: corrected(az, corrections.az),
    en: corrected(en, corrections.en),
  },
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

type ErrorKey = keyof Language['translations']['error']

/** One of Payload's own error messages in an admin language, as `req.t` gives it, for answers made without a request. */
export function payloadError(language: string, key: ErrorKey): string {
  const languages = adminI18n.supportedLanguages as Record<string, Language>
  return (languages[language] ?? languages[defaultLocale]).translations.error[key]
}
