import type { LocaleCode, Localized } from './locales'

/**
 * A label in the three admin languages. Payload accepts `Record<language, string>` wherever it
 * takes a label, so the admin shows Arabic labels in the Arabic UI, and so on.
 */
export const l = (ar: string, az: string, en: string): Localized => ({ ar, az, en })

/** Picks one language of a label, for messages produced on the server (validation, logs). */
export const pick = (label: Localized, language: string | undefined): string =>
  label[(language ?? 'en') as LocaleCode] ?? label.en

/** Admin navigation groups, shared by every collection and global. */
export const groups = {
  content: l('المحتوى', 'Məzmun', 'Content'),
  society: l('الجمعية', 'Cəmiyyət', 'Society'),
  people: l('الأشخاص', 'Şəxslər', 'People'),
  media: l('الوسائط', 'Media', 'Media'),
  admin: l('الإدارة', 'İdarəetmə', 'Admin'),
} as const
