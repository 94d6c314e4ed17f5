/** The words of the translators' workbench: statuses, the queue, the coverage grid, the source beside a field. */
import { l } from './labels'

export const translationStatusLabels = {
  source: l('لغة المصدر', 'Mənbə dili', 'Source'),
  missing: l('غير مترجم', 'Tərcümə yoxdur', 'Missing'),
  in_progress: l('قيد الترجمة', 'Tərcümə olunur', 'In progress'),
  up_to_date: l('محدَّث', 'Aktualdır', 'Up to date'),
  outdated: l('يحتاج تحديثًا', 'Köhnəlib', 'Outdated'),
} as const

export const translationWords = {
  status: l('حالة الترجمة', 'Tərcümə vəziyyəti', 'Translation status'),
  marks: l('حقول تغيّر مصدرها', 'Mənbəyi dəyişmiş sahələr', 'Fields whose source changed'),
  queue: l('ما ينتظر ترجمتك', 'Tərcüməni gözləyənlər', 'Waiting for your translation'),
  queueEmpty: l(
    'لا شيء ينتظر الترجمة في لغاتك.',
    'Dillərinizdə tərcümə gözləyən heç nə yoxdur.',
    'Nothing waits for translation in your languages.',
  ),
  coverage: l('تغطية الترجمة', 'Tərcümə əhatəsi', 'Translation coverage'),
  collection: l('المجموعة', 'Kolleksiya', 'Collection'),
  language: l('اللغة', 'Dil', 'Language'),
  contentLanguage: l('لغة المحتوى', 'Məzmun dili', 'Content language'),
  editingIn: l('تحرّر الآن بـ{locale}', 'İndi {locale} redaktə edirsiniz', 'You are editing in {locale}'),
  sourceIs: l('لغة المصدر: {locale}', 'Mənbə dili: {locale}', 'Source language: {locale}'),
  sourceText: l('النص في لغة المصدر ({locale})', 'Mənbə dilində mətn ({locale})', 'Source text ({locale})'),
  sourceEmpty: l('لا نص في لغة المصدر.', 'Mənbə dilində mətn yoxdur.', 'No text in the source language.'),
  copySource: l('انسخ نص المصدر هنا', 'Mənbə mətnini bura köçür', 'Copy the source text in'),
  changedSource: l(
    'تغيّر المصدر بعد ترجمة هذا الحقل',
    'Bu sahə tərcümə olunandan sonra mənbə dəyişib',
    'The source changed after this field was translated',
  ),
  untranslated: l('(غير مترجم، {locale}):', '(tərcümə olunmayıb, {locale}):', '(not translated, {locale}):'),
  sourceTitle: l('العنوان في لغة المصدر', 'Mənbə dilində başlıq', 'Title in the source language'),
  before: l('كان', 'Əvvəl', 'Before'),
  after: l('أصبح', 'İndi', 'Now'),
} as const
