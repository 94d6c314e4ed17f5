import type { LocaleCode } from './locales'

/**
 * Screen-reader labels that Payload and its rich-text editor write in English whatever the admin's
 * language (src/adminLanguage puts these in their place). `{label}` is the rest of the English text.
 */
export const englishOnlyLabels: { english: string; prefix?: boolean; words: Record<LocaleCode, string> }[] = [
  { english: 'Edit link', words: { ar: 'تعديل الرابط', az: 'Keçidi redaktə et', en: 'Edit link' } },
  { english: 'Remove link', words: { ar: 'إزالة الرابط', az: 'Keçidi sil', en: 'Remove link' } },
  { english: 'Drag to move', words: { ar: 'اسحب للنقل', az: 'Yerini dəyişmək üçün sürüşdürün', en: 'Drag to move' } },
  { english: 'Add block', words: { ar: 'إضافة كتلة', az: 'Blok əlavə et', en: 'Add block' } },
  { english: 'Edit ', prefix: true, words: { ar: 'تعديل: {label}', az: 'Redaktə et: {label}', en: 'Edit {label}' } },
]
