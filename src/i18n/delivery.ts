/** What a site's developer is told when a request names a language the API does not have. */
import { l } from './labels'

export const deliveryWords = {
  unknownKey: l(
    'مفتاح الواجهة البرمجية غير معروف. تحقق من الترويسة Authorization: api-clients API-Key <المفتاح>.',
    'API açarı tanınmır. Authorization: api-clients API-Key <açar> başlığını yoxlayın.',
    'Unknown API key. Check the header Authorization: api-clients API-Key <key>.',
  ),
  revokedKey: l(
    'أُوقف مفتاح الواجهة البرمجية هذا. اطلب مفتاحًا جديدًا من مدير الجمعية.',
    'Bu API açarı ləğv edilib. Cəmiyyətin administratorundan yeni açar istəyin.',
    "This API key has been revoked. Ask the society's administrator for a new one.",
  ),
  persistedQueryMismatch: l(
    'بصمة الاستعلام في extensions.persistedQuery.sha256Hash لا تطابق SHA-256 للاستعلام المرسل.',
    'extensions.persistedQuery.sha256Hash sorğunun SHA-256 izi ilə üst-üstə düşmür.',
    'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent.',
  ),
  persistedQueryMalformed: l(
    'extensions يجب أن يكون JSON فيه persistedQuery: { version: 1, sha256Hash: "<64 رمزًا ست عشريًا>" }.',
    'extensions JSON olmalıdır: persistedQuery: { version: 1, sha256Hash: "<64 onaltılıq simvol>" }.',
    'extensions must be JSON with persistedQuery: { version: 1, sha256Hash: "<64 hex characters>" }.',
  ),
  unknownLocale: l(
    'اللغة «{value}» في {parameter} غير معروفة. القيم المسموح بها: {allowed}.',
    '{parameter} parametrində "{value}" dili tanınmır. İcazə verilən dəyərlər: {allowed}.',
    'Unknown language "{value}" in {parameter}. Allowed values: {allowed}.',
  ),
}

/** What the feeds say about themselves, in each language. */
export const feedWords = {
  events: l('أنشطة الجمعية ودوراتها', 'Cəmiyyətin tədbirləri və kursları', "The society's activities and courses"),
  postponed: l('مؤجّل', 'Təxirə salınıb', 'Postponed'),
  readOn: l('تتمة الخبر على موقع الجمعية', 'Xəbərin davamı cəmiyyətin saytında', "Read on at the society's site"),
}

/** What a preview link's reader is told. */
export const previewWords = {
  badToken: l(
    'رابط المعاينة غير صالح أو انتهت مدته. افتح المعاينة من جديد من لوحة الإدارة.',
    'Önizləmə keçidi etibarsızdır və ya vaxtı bitib. Önizləməni idarəetmə panelindən yenidən açın.',
    'The preview link is not valid or has expired. Open the preview again from the admin.',
  ),
}

/** What a webhook can be told of. */
export const webhookEventLabels = {
  publish: l('نشر لغة', 'Dilin dərci', 'A language published'),
  unpublish: l('إلغاء نشر لغة', 'Dilin dərcdən çıxarılması', 'A language taken off'),
  delete: l('حذف مدخل', 'Qeydin silinməsi', 'An entry deleted'),
} as const

export const notASiteCollection = l(
  'المجموعة واحدة من: {slugs}.',
  'Kolleksiya bunlardan biridir: {slugs}.',
  'The collection is one of: {slugs}.',
)
