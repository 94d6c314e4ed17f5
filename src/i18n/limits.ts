/** What a caller is told when a request asks for more work than one request may do. */
import { l } from './labels'

export const limitWords = {
  timeout: l(
    'استغرق الطلب وقتًا أطول من المسموح ({seconds} ثانية) فأُوقف. قلّل العمق (depth) أو عدد النتائج (limit) وحاول مجددًا.',
    'Sorğu icazə veriləndən uzun çəkdi ({seconds} s) və dayandırıldı. depth və ya limit dəyərini azaldıb yenidən cəhd edin.',
    'The request took longer than allowed ({seconds} s) and was stopped. Ask for less depth or a smaller limit and try again.',
  ),
  tooManyDocuments: l(
    'يطلب هذا الطلب أكثر من {max} مستند مرتبط. قلّل العمق (depth) أو عدد النتائج (limit)، أو اختر الحقول بـ select.',
    'Bu sorğu {max} sənəddən çox əlaqəli sənəd tələb edir. depth və ya limit dəyərini azaldın, yaxud select ilə sahələri seçin.',
    'This request asks for more than {max} related documents. Ask for less depth, a smaller limit, or fewer fields with select.',
  ),
  tooLarge: l(
    'سيكون الرد أكبر من {megabytes} ميغابايت. قلّل العمق (depth) أو عدد النتائج (limit)، أو اختر الحقول بـ select.',
    'Cavab {megabytes} MB-dan böyük olardı. depth və ya limit dəyərini azaldın, yaxud select ilə sahələri seçin.',
    'The answer would be larger than {megabytes} MB. Ask for less depth, a smaller limit, or fewer fields with select.',
  ),
  badPage: l(
    'رقم الصفحة (page) يجب أن يكون عددًا صحيحًا من 1 إلى {max}.',
    'Səhifə nömrəsi (page) 1-dən {max}-ə qədər tam ədəd olmalıdır.',
    'The page number (page) must be a whole number from 1 to {max}.',
  ),
  badLimit: l(
    'عدد النتائج (limit) يجب أن يكون عددًا صحيحًا؛ الحد الأقصى {max}.',
    'Nəticələrin sayı (limit) tam ədəd olmalıdır; ən çoxu {max}.',
    'The number of results (limit) must be a whole number; at most {max}.',
  ),
  bodyTooLarge: l(
    'حجم الطلب أكبر من المسموح ({megabytes} ميغابايت).',
    'Sorğunun həcmi icazə veriləndən böyükdür ({megabytes} MB).',
    'The request is larger than allowed ({megabytes} MB).',
  ),
  lengthRequired: l(
    'يجب أن يذكر الطلب طوله (Content-Length).',
    'Sorğu öz uzunluğunu (Content-Length) bildirməlidir.',
    'The request must state its length (Content-Length).',
  ),
  graphqlDepth: l(
    'يتداخل استعلام GraphQL في المستندات المرتبطة حتى {depth} مستويات، والحد الأقصى {max}.',
    'GraphQL sorğusu əlaqəli sənədləri {depth} səviyyə dərinliyə qədər iç-içə istəyir; ən çoxu {max} olar.',
    'The GraphQL query nests related documents {depth} levels deep; at most {max} are allowed.',
  ),
  graphqlNesting: l(
    'استعلام GraphQL متداخل أكثر من {max} مستوى من الأقواس.',
    'GraphQL sorğusu {max} mötərizə səviyyəsindən çox iç-içədir.',
    'The GraphQL document nests brackets more than {max} levels deep.',
  ),
  graphqlCost: l(
    'قد يجلب استعلام GraphQL نحو {cost} مستند، والحد الأقصى {max}. قلّل limit أو التداخل.',
    'GraphQL sorğusu təxminən {cost} sənəd gətirə bilər; ən çoxu {max} olar. limit dəyərini və ya iç-içəliyi azaldın.',
    'The GraphQL query could fetch about {cost} documents; at most {max} are allowed. Lower its limits or its nesting.',
  ),
  graphqlSize: l(
    'يحتوي استعلام GraphQL على أكثر من {max} حقل.',
    'GraphQL sorğusunda {max} sahədən çox var.',
    'The GraphQL query selects more than {max} fields.',
  ),
  graphqlFragmentCycle: l(
    'الجزء (fragment) «{name}» يستدعي نفسه: {path}.',
    '«{name}» fraqmenti özünü çağırır: {path}.',
    'The fragment "{name}" spreads itself: {path}.',
  ),
  graphqlDepthArgument: l(
    'قيمة depth في استعلام GraphQL هي {depth}، والحد الأقصى {max}.',
    'GraphQL sorğusunda depth {depth}-dir; ən çoxu {max} olar.',
    'The GraphQL query asks for depth {depth}; at most {max} is allowed.',
  ),
}
