/** The words of site search and of the search index in the admin. */
import { l } from './labels'

export const searchWords = {
  index: {
    singular: l('مدخل فهرس البحث', 'Axtarış indeksi yazısı', 'Search index entry'),
    plural: l('فهرس البحث', 'Axtarış indeksi', 'Search index'),
  },
  indexHelp: l(
    'يُبنى تلقائيًا من المحتوى المنشور بكل لغة، وتقرأ منه واجهة البحث /api/search.',
    'Hər dildə dərc olunmuş məzmundan avtomatik qurulur; /api/search axtarışı ondan oxuyur.',
    'Built automatically from what is published in each language; /api/search reads from it.',
  ),
  text: l('النص المطبَّع للبحث', 'Axtarış üçün normallaşdırılmış mətn', 'Text folded for search'),
  content: l('النص', 'Mətn', 'Text'),
  live: l('منشور بهذه اللغة', 'Bu dildə dərc olunub', 'Published in this language'),
  searchText: l('نص البحث', 'Axtarış mətni', 'Search text'),
  missingQuery: l(
    'اكتب ما تبحث عنه في المعامل q.',
    'Axtardığınızı q parametrində yazın.',
    'Say what to search for in the q parameter.',
  ),
  longQuery: l(
    'نص البحث أطول من {max} حرفًا.',
    'Axtarış mətni {max} simvoldan uzundur.',
    'The search text is longer than {max} characters.',
  ),
  unknownLocale: l(
    'اللغة «{locale}» غير معروفة. المسموح: {allowed}.',
    '«{locale}» dili naməlumdur. İcazə verilənlər: {allowed}.',
    'Unknown language "{locale}". Allowed: {allowed}.',
  ),
  unknownCollection: l(
    'لا يُبحث في «{collection}». المسموح: {allowed}.',
    '«{collection}» üzrə axtarış aparılmır. İcazə verilənlər: {allowed}.',
    '"{collection}" is not searched. Allowed: {allowed}.',
  ),
  badNumber: l(
    '«{name}» عدد صحيح بين 1 و{max}.',
    '«{name}» 1 ilə {max} arasında tam ədəddir.',
    '"{name}" is a whole number from 1 to {max}.',
  ),
} as const
