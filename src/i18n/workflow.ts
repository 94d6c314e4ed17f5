/** The words of the editorial workflow: stage names and what a refused transition tells the caller. */
import { l } from './labels'

export const stageLabels = {
  draft: l('مسودة', 'Qaralama', 'Draft'),
  in_review: l('قيد المراجعة', 'Yoxlamada', 'In review'),
  changes_requested: l('مطلوب تعديلات', 'Düzəliş tələb olunur', 'Changes requested'),
  approved: l('معتمد', 'Təsdiqlənib', 'Approved'),
  published: l('منشور', 'Dərc olunub', 'Published'),
  unpublished: l('أُلغي نشره', 'Dərcdən çıxarılıb', 'Unpublished'),
} as const

export const workflowWords = {
  stages: l('مراحل التحرير', 'Redaktə mərhələləri', 'Editorial stages'),
  publishedIn: l('منشور باللغات', 'Dərc olunduğu dillər', 'Published in'),
  sourceLocale: l('لغة المصدر', 'Mənbə dili', 'Source language'),
  sourceLocaleHelp: l(
    'اللغة التي كُتب بها الأصل؛ الحقول المشتركة بين اللغات تُراجع وتُنشر معها.',
    'Orijinalın yazıldığı dil; bütün dillər üçün ortaq sahələr onunla birlikdə yoxlanılır və dərc olunur.',
    'The language the original is written in; the fields shared by every language are reviewed and published with it.',
  ),
  scheduledFor: l('موعد التنفيذ المجدول', 'Planlaşdırılmış vaxt', 'Scheduled for'),
  stageIn: l('المرحلة ({language})', 'Mərhələ ({language})', 'Stage ({language})'),
  changesRequested: l('طلب المراجِع تعديلات', 'Yoxlayan düzəliş istəyib', 'The reviewer asked for changes'),
  createdBy: l('أنشأه', 'Yaradan', 'Created by'),
  updatedBy: l('آخر تعديل بواسطة', 'Son dəyişiklik edən', 'Last changed by'),
  // Refusals. {stage}, {to}, {locale}, {allowed} are filled in the caller's language.
  unknownLocale: l(
    'اللغة «{locale}» غير معروفة. المسموح: {allowed}.',
    '«{locale}» dili naməlumdur. İcazə verilənlər: {allowed}.',
    'Unknown language "{locale}". Allowed: {allowed}.',
  ),
  unknownStage: l(
    'المرحلة «{to}» غير معروفة. المسموح: {allowed}.',
    '«{to}» mərhələsi naməlumdur. İcazə verilənlər: {allowed}.',
    'Unknown stage "{to}". Allowed: {allowed}.',
  ),
  badTime: l(
    'الوقت «{at}» ليس وقتًا بصيغة ISO 8601 في المستقبل.',
    '«{at}» gələcəkdə olan ISO 8601 vaxtı deyil.',
    '"{at}" is not an ISO 8601 time in the future.',
  ),
  notFound: l('لا يوجد مدخل بهذا المعرّف.', 'Bu identifikatorla qeyd yoxdur.', 'There is no entry with this id.'),
  impossible: l(
    'لا يمكن الانتقال من «{stage}» إلى «{to}» في {locale}.',
    '{locale} üçün «{stage}» mərhələsindən «{to}» mərhələsinə keçmək olmaz.',
    'An entry cannot go from "{stage}" to "{to}" in {locale}.',
  ),
  signInFirst: l('سجّل الدخول أولًا.', 'Əvvəlcə daxil olun.', 'Sign in first.'),
  notYourRole: l(
    'دورك لا يسمح بنقل المدخل إلى «{to}». يقوم بذلك المحرر.',
    'Rolunuz qeydi «{to}» mərhələsinə keçirməyə icazə vermir; bunu redaktor edir.',
    'Your role does not allow moving an entry to "{to}"; an editor does that.',
  ),
  notYourEntry: l(
    'يمكن للكاتب أن يرسل للمراجعة مدخلاته هو فقط.',
    'Müəllif yalnız öz qeydlərini yoxlamaya göndərə bilər.',
    'An author can submit only their own entries for review.',
  ),
  notYourLocale: l(
    'يمكنك العمل على لغات الترجمة المسندة إليك فقط ({allowed})، وليس على {locale}.',
    'Siz yalnız sizə tapşırılan tərcümə dillərində ({allowed}) işləyə bilərsiniz, {locale} dilində yox.',
    'You can work only in your translation languages ({allowed}), not in {locale}.',
  ),
  notTheSource: l(
    'المترجم لا يعدّل لغة المصدر ({locale}) ولا يرسلها للمراجعة.',
    'Tərcüməçi mənbə dilini ({locale}) redaktə etmir və yoxlamaya göndərmir.',
    'A translator neither edits nor submits the source language ({locale}).',
  ),
  commentRequired: l(
    'اطلب التعديلات مع تعليق يشرح ما يجب تغييره.',
    'Düzəliş tələb edərkən nəyin dəyişməli olduğunu izah edən şərh yazın.',
    'Requesting changes needs a comment that says what to change.',
  ),
  commentTooLong: l(
    'التعليق أطول من {max} حرف.',
    'Şərh {max} simvoldan uzundur.',
    'The comment is longer than {max} characters.',
  ),
  nothingWritten: l(
    'لا يوجد نص في {locale} بعد: اكتب العنوان أولًا.',
    '{locale} dilində hələ mətn yoxdur: əvvəlcə başlığı yazın.',
    'Nothing is written in {locale} yet: write the title first.',
  ),
  sourceFirst: l(
    'انشر لغة المصدر ({locale}) أولًا: الترجمة تُنشر مع أصلها.',
    'Əvvəlcə mənbə dilini ({locale}) dərc edin: tərcümə orijinalı ilə birlikdə dərc olunur.',
    'Publish the source language ({locale}) first: a translation goes out with its original.',
  ),
  scheduleOnlyPublishing: l(
    'يمكن جدولة النشر وإلغاء النشر فقط.',
    'Yalnız dərci və dərcdən çıxarmanı planlaşdırmaq olar.',
    'Only publishing and unpublishing can be scheduled.',
  ),
  lockedInReview: l(
    'هذه اللغة ({locale}) في مرحلة «{stage}»، ولا يعدّلها الآن إلا المحرر.',
    'Bu dil ({locale}) «{stage}» mərhələsindədir; indi onu yalnız redaktor dəyişə bilər.',
    'This language ({locale}) is "{stage}"; only an editor can change it now.',
  ),
  publishThroughReview: l(
    'النشر يمرّ بالمراجعة: استخدم انتقالات سير العمل (POST /api/{collection}/{id}/workflow).',
    'Dərc yoxlamadan keçir: iş axını keçidlərindən istifadə edin (POST /api/{collection}/{id}/workflow).',
    'Publishing goes through review: use the workflow transitions (POST /api/{collection}/{id}/workflow).',
  ),
  restoreAsDraft: l(
    'تُستعاد النسخة القديمة كمسودة تمرّ بالمراجعة: اختر «استعادة كمسودة» (draft=true).',
    'Köhnə versiya yoxlamadan keçən qaralama kimi bərpa olunur: «qaralama kimi bərpa et» seçin (draft=true).',
    'An older version is restored as a draft that goes through review: choose "restore as draft" (draft=true).',
  ),
  deleteForGood: l(
    'الحذف النهائي لمديري النظام وحدهم؛ انقل المدخل إلى سلة المهملات (PATCH مع deletedAt، أو زر الحذف في لوحة التحكم).',
    'Birdəfəlik silmək yalnız administratorlar üçündür; elementi zibil qutusuna köçürün (deletedAt ilə PATCH və ya idarəetmə panelindəki Sil düyməsi).',
    'Deleting for good is for administrators only; move the entry to the trash instead (PATCH with deletedAt, or the admin’s Delete button).',
  ),
  translatorRows: l(
    'المترجم لا يضيف صفوفًا ولا يحذفها ولا يعيد ترتيبها في «{field}»؛ يترجم نصوصها فقط.',
    'Tərcüməçi «{field}» sahəsində sətir əlavə etmir, silmir və yerini dəyişmir; yalnız mətnlərini tərcümə edir.',
    'A translator does not add, remove or reorder rows of "{field}"; only translates their text.',
  ),
}

/** The words of the workflow's panels in the admin. */
export const workflowAdminWords = {
  actions: {
    draft: l('مسودة', 'Qaralama', 'Draft'),
    in_review: l('إرسال للمراجعة', 'Yoxlamaya göndər', 'Submit for review'),
    changes_requested: l('طلب تعديلات', 'Düzəliş istə', 'Request changes'),
    approved: l('اعتماد', 'Təsdiqlə', 'Approve'),
    published: l('نشر هذه اللغة', 'Bu dildə dərc et', 'Publish this language'),
    unpublished: l('إلغاء نشر هذه اللغة', 'Bu dildə dərcdən çıxar', 'Unpublish this language'),
  },
  live: l('على الموقع', 'Saytda', 'On the site'),
  notLive: l('ليس على الموقع', 'Saytda deyil', 'Not on the site'),
  revisionShort: l('مراجعة جارية', 'yenidən işlənir', 'revision in progress'),
  revision: l(
    'مراجعة جارية: النص المنشور باقٍ على الموقع حتى تُنشر هذه التعديلات.',
    'Yenidən işlənmə gedir: dərc olunmuş mətn bu dəyişikliklər dərc olunana qədər saytda qalır.',
    'Revision in progress: the published text stays on the site until these changes are published.',
  ),
  requestedBy: l('{name}، {date}', '{name}, {date}', '{name}, {date}'),
  readOnly: l(
    'للقراءة فقط: هذه اللغة ({locale}) في مرحلة «{stage}»، ولا يعدّلها الآن إلا المحرر.',
    'Yalnız oxumaq üçün: bu dil ({locale}) «{stage}» mərhələsindədir; indi onu yalnız redaktor dəyişə bilər.',
    'Read-only: this language ({locale}) is "{stage}"; only an editor can change it now.',
  ),
  readOnlySource: l(
    'للقراءة فقط: هذه لغة المصدر ({locale})، والمترجم يترجم إلى لغاته فقط.',
    'Yalnız oxumaq üçün: bu mənbə dilidir ({locale}); tərcüməçi yalnız öz dillərinə tərcümə edir.',
    'Read-only: this is the source language ({locale}); a translator translates into their own languages only.',
  ),
  comment: l(
    'تعليق (مطلوب عند طلب التعديلات)',
    'Şərh (düzəliş istəyəndə mütləqdir)',
    'Comment (needed when requesting changes)',
  ),
  at: l(
    'في موعد (اختياري، للنشر وإلغائه)',
    'Vaxtında (istəyə görə, dərc və dərcdən çıxarma üçün)',
    'At a time (optional, for publishing and unpublishing)',
  ),
  contentLanguage: l(
    'لغة المحتوى المعروضة: {language}',
    'Göstərilən məzmun dili: {language}',
    'Content language shown: {language}',
  ),
  nothingToDo: l(
    'لا انتقال متاحًا لك في هذه اللغة الآن.',
    'İndi bu dildə sizin üçün keçid yoxdur.',
    'No move is open to you in this language now.',
  ),
  saveFirst: l(
    'احفظ المدخل أولًا لتبدأ مراجعته.',
    'Yoxlamaya başlamaq üçün əvvəlcə qeydi saxlayın.',
    'Save the entry first to start its review.',
  ),
  scheduled: l('مجدول', 'Planlaşdırılıb', 'Scheduled'),
  history: l('السجل', 'Tarixçə', 'History'),
  waitingForMe: l('بانتظارك', 'Sizi gözləyir', 'Waiting for you'),
  nothingWaiting: l('لا شيء بانتظارك الآن.', 'Hazırda sizi gözləyən heç nə yoxdur.', 'Nothing is waiting for you now.'),
  waitingForMyReview: l('بانتظار مراجعتي', 'Yoxlamamı gözləyənlər', 'Waiting for my review'),
  showAll: l('عرض الكل', 'Hamısını göstər', 'Show all'),
}
