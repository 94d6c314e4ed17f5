import type { Localized } from './locales'

/**
 * Screen-reader labels that Payload and its rich-text editor write in English whatever the admin's
 * language (src/adminLanguage puts these in their place). `{label}` is the rest of the English text.
 */
export const englishOnlyLabels: { english: string; prefix?: boolean; words: Localized }[] = [
  { english: 'Edit link', words: { ar: 'تعديل الرابط', az: 'Keçidi redaktə et', en: 'Edit link' } },
  { english: 'Remove link', words: { ar: 'إزالة الرابط', az: 'Keçidi sil', en: 'Remove link' } },
  { english: 'Drag to move', words: { ar: 'اسحب للنقل', az: 'Yerini dəyişmək üçün sürüşdürün', en: 'Drag to move' } },
  { english: 'Add block', words: { ar: 'إضافة كتلة', az: 'Blok əlavə et', en: 'Add block' } },
  {
    english: 'Insert Paragraph',
    words: { ar: 'إضافة فقرة في النهاية', az: 'Sona abzas əlavə et', en: 'Insert paragraph' },
  },
  // The notification area of Payload's toasts (sonner's default label, with its keyboard shortcut).
  { english: 'Close toast', words: { ar: 'إغلاق الإشعار', az: 'Bildirişi bağla', en: 'Close notification' } },
  { english: 'Notifications alt+T', words: { ar: 'الإشعارات', az: 'Bildirişlər', en: 'Notifications' } },
  // The rich-text toolbar's menus.
  { english: 'text dropdown', words: { ar: 'نوع النص', az: 'Mətnin növü', en: 'Text style' } },
  { english: 'add dropdown', words: { ar: 'إدراج', az: 'Əlavə et', en: 'Insert' } },
  { english: 'align dropdown', words: { ar: 'المحاذاة', az: 'Düzləndirmə', en: 'Alignment' } },
  // The header's invisible copy of the language picker, kept for spacing only.
  { english: 'invisible', words: { ar: 'فاصل', az: 'Ara', en: 'Spacer' } },
  { english: 'Edit ', prefix: true, words: { ar: 'تعديل: {label}', az: 'Redaktə et: {label}', en: 'Edit {label}' } },
]

/**
 * Screen-reader announcements the date picker (react-datepicker, inside Payload's admin) writes in
 * English as text: the prefix is replaced, the date after it is already in the admin's language.
 */
export const englishOnlyAnnouncements: { english: string; words: Localized }[] = [
  { english: 'Selected date: ', words: { ar: 'التاريخ المختار: ', az: 'Seçilmiş tarix: ', en: 'Selected date: ' } },
  { english: 'Selected month: ', words: { ar: 'الشهر المختار: ', az: 'Seçilmiş ay: ', en: 'Selected month: ' } },
  { english: 'Selected year: ', words: { ar: 'السنة المختارة: ', az: 'Seçilmiş il: ', en: 'Selected year: ' } },
  { english: 'Selected time: ', words: { ar: 'الوقت المختار: ', az: 'Seçilmiş vaxt: ', en: 'Selected time: ' } },
]

/**
 * The rich-text toolbar's buttons, which Payload draws as icons without a name, by their
 * `data-button-key`; and Payload's unnamed "more" button of a document's controls.
 */
export const unnamedButtons: Record<string, Localized> = {
  bold: { ar: 'غامق', az: 'Qalın', en: 'Bold' },
  italic: { ar: 'مائل', az: 'Kursiv', en: 'Italic' },
  underline: { ar: 'تسطير', az: 'Altından xətt', en: 'Underline' },
  strikethrough: { ar: 'يتوسطه خط', az: 'Üstündən xətt', en: 'Strikethrough' },
  subscript: { ar: 'نص سفلي', az: 'Aşağı indeks', en: 'Subscript' },
  superscript: { ar: 'نص علوي', az: 'Yuxarı indeks', en: 'Superscript' },
  inlineCode: { ar: 'شيفرة', az: 'Kod', en: 'Inline code' },
  link: { ar: 'رابط', az: 'Keçid', en: 'Link' },
  indentIncrease: { ar: 'زيادة المسافة البادئة', az: 'Girintini artır', en: 'Increase indent' },
  indentDecrease: { ar: 'إنقاص المسافة البادئة', az: 'Girintini azalt', en: 'Decrease indent' },
  more: { ar: 'مزيد من الإجراءات', az: 'Digər əməliyyatlar', en: 'More actions' },
}
