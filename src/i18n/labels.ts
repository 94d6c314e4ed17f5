import { adminLanguageOf, type Localized } from './locales'

/**
 * A label in the admin languages (`adminLanguages`). Payload accepts `Record<language, string>` wherever it
 * takes a label, so the admin shows Arabic labels in the Arabic UI, and so on.
 */
export const l = (ar: string, az: string, en: string): Localized => ({ ar, az, en })

/** Picks one language of a label, for messages produced on the server (validation, logs). */
export const pick = (label: Localized, language: string | undefined): string => label[adminLanguageOf(language)]

/** Fills `{name}` placeholders of a message. */
export const fill = (text: string, values: Record<string, number | string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))

/** A message in the language of the request (the admin language or Accept-Language), placeholders filled. */
export const say = (
  req: { i18n?: { language?: string } } | null | undefined,
  label: Localized,
  values: Record<string, number | string> = {},
): string => fill(pick(label, req?.i18n?.language), values)

/** Admin navigation groups, shared by every collection and global. */
export const groups = {
  content: l('المحتوى', 'Məzmun', 'Content'),
  society: l('الجمعية', 'Cəmiyyət', 'Society'),
  people: l('الأشخاص', 'Şəxslər', 'People'),
  media: l('الوسائط', 'Media', 'Media'),
  admin: l('الإدارة', 'İdarəetmə', 'Admin'),
} as const

/** A label's words in one admin language, placeholders filled: what the admin's components show. */
export const wordsIn =
  (language: string | undefined) =>
  (label: Localized, values: Record<string, string> = {}): string =>
    fill(pick(label, language), values)
