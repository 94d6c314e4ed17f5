/** What a caller is told when the input of a request is refused (src/guard), in their language. */
import { l } from './labels'

export const guardWords = {
  bodyNotObject: l(
    'يجب أن يكون نص الطلب كائن JSON (بين { و }).',
    'Sorğunun gövdəsi JSON obyekti olmalıdır ({ və } arasında).',
    'The request body must be a JSON object (between { and }).',
  ),
  uploadFields: l(
    'مع الملف، أرسل بقية الحقول كائن JSON في حقل النموذج ‎_payload.',
    'Faylla birlikdə qalan sahələri _payload forma sahəsində JSON obyekti kimi göndərin.',
    'With a file, send the other fields as a JSON object in the form field _payload.',
  ),
  bodyTooDeep: l(
    'البيانات متداخلة أكثر من {max} مستوى.',
    'Məlumat {max} səviyyədən çox iç-içədir.',
    'The data is nested more than {max} levels deep.',
  ),
  remoteFile: l(
    'تعذّر جلب الملف من العنوان المعطى (العناوين الداخلية والخاصة ممنوعة).',
    'Verilən ünvandan faylı almaq mümkün olmadı (daxili və şəxsi ünvanlar qadağandır).',
    'The file could not be fetched from the given address (internal and private addresses are refused).',
  ),
  tooManyPixels: l(
    'الصورة من {megapixels} ميغابكسل، والحد الأقصى {max} ميغابكسل.',
    'Şəkil {megapixels} meqapikseldir; ən çoxu {max} meqapiksel olar.',
    'The image has {megapixels} megapixels; at most {max} are accepted.',
  ),
  fileMissing: l('الملف غير موجود.', 'Fayl tapılmadı.', 'The file does not exist.'),
  bodyNotJSON: l(
    'نص الطلب ليس JSON صالحًا.',
    'Sorğunun gövdəsi düzgün JSON deyil.',
    'The request body is not valid JSON.',
  ),
  whereNotJSON: l(
    'شرط البحث (where) ليس JSON صالحًا.',
    'Axtarış şərti (where) düzgün JSON deyil.',
    'The query condition (where) is not valid JSON.',
  ),
  whereShape: l(
    'شرط البحث (where) غير صالح عند «{path}»: {problem}',
    'Axtarış şərti (where) «{path}» yerində yanlışdır: {problem}',
    'The query condition (where) is invalid at “{path}”: {problem}',
  ),
  whereUnknownOperator: l('عامل غير معروف', 'naməlum operator', 'unknown operator'),
  whereScalar: l(
    'يجب أن تكون القيمة نصًا أو رقمًا أو قيمة منطقية',
    'dəyər mətn, ədəd və ya məntiqi dəyər olmalıdır',
    'the value must be a string, a number or a boolean',
  ),
  whereList: l(
    'يجب أن تكون القيمة قائمة من القيم البسيطة',
    'dəyər sadə dəyərlər siyahısı olmalıdır',
    'the value must be a list of plain values',
  ),
  whereNear: l(
    'يجب أن تكون القيمة «خط الطول,خط العرض[,أقصى مسافة[,أدنى مسافة]]» بالأرقام',
    'dəyər rəqəmlərlə «uzunluq,en[,ən çox məsafə[,ən az məsafə]]» olmalıdır',
    'the value must be “longitude,latitude[,max distance[,min distance]]” in numbers',
  ),
  whereGeometry: l(
    'يجب أن تكون القيمة كائن GeoJSON',
    'dəyər GeoJSON obyekti olmalıdır',
    'the value must be a GeoJSON object',
  ),
  whereCondition: l(
    'يجب أن يكون الشرط كائنًا من العوامل',
    'şərt operatorlar obyekti olmalıdır',
    'the condition must be an object of operators',
  ),
  whereTooDeep: l(
    'الشرط متداخل أكثر من {max} مستويات',
    'şərt {max} səviyyədən çox iç-içədir',
    'the condition is nested more than {max} levels deep',
  ),
  whereTooLarge: l(
    'الشرط يضم أكثر من {max} قيمة',
    'şərt {max} dəyərdən çox ehtiva edir',
    'the condition holds more than {max} values',
  ),
  badParameter: l(
    'المعامل «{name}» غير صالح: {problem}',
    '«{name}» parametri yanlışdır: {problem}',
    'The parameter “{name}” is invalid: {problem}',
  ),
  wrongKind: l(
    'القيمة من نوع غير صحيح؛ المتوقع: {kind}.',
    'Dəyərin növü yanlışdır; gözlənilən: {kind}.',
    'The value is of the wrong kind; expected: {kind}.',
  ),
  kinds: {
    text: l('نص', 'mətn', 'text'),
    number: l('رقم', 'ədəd', 'a number'),
    boolean: l('صح أو خطأ', 'doğru və ya yanlış', 'true or false'),
    list: l('قائمة', 'siyahı', 'a list'),
    object: l('كائن', 'obyekt', 'an object'),
  },
  notAnId: l('ليس معرّفًا صالحًا', 'düzgün identifikator deyil', 'not a valid id'),
  notFound: l('غير موجود.', 'Tapılmadı.', 'Not found.'),
  missingRelations: l(
    'لا توجد هذه العناصر المرتبطة في «{collection}»: {ids}.',
    '«{collection}» daxilində bu əlaqəli elementlər yoxdur: {ids}.',
    'These related entries do not exist in “{collection}”: {ids}.',
  ),
  badStatus: l(
    'حالة النشر (_status) يجب أن تكون draft أو published.',
    'Dərc vəziyyəti (_status) draft və ya published olmalıdır.',
    'The publication status (_status) must be draft or published.',
  ),
  serverSetField: l(
    'الحقل «{field}» يضبطه الخادم ولا يمكن تغييره.',
    '«{field}» sahəsini server təyin edir və onu dəyişmək olmaz.',
    'The field “{field}” is set by the server and cannot be changed.',
  ),
  richTextShape: l(
    'النص المنسق غير صالح عند {path}: {problem}',
    'Formatlı mətn {path} yerində yanlışdır: {problem}',
    'The rich text is invalid at {path}: {problem}',
  ),
  richTextRoot: l(
    'يجب أن يكون مستندًا له جذر (root)',
    'kökü (root) olan sənəd olmalıdır',
    'it must be a document with a root',
  ),
  richTextNode: l(
    'كل عقدة كائن له نوع (type)',
    'hər düyün növü (type) olan obyektdir',
    'every node must be an object with a type',
  ),
  richTextChildren: l(
    'يجب أن تكون العقد الفرعية (children) قائمة',
    'alt düyünlər (children) siyahı olmalıdır',
    'children must be a list',
  ),
  richTextType: l(
    'نوع العقدة «{type}» لا يقدمه المحرر',
    '«{type}» düyün növünü redaktor təklif etmir',
    'the node type “{type}” is not offered by the editor',
  ),
  richTextTooDeep: l(
    'متداخل أكثر من {max} مستوى',
    '{max} səviyyədən çox iç-içədir',
    'nested more than {max} levels deep',
  ),
  richTextTooLarge: l('يضم أكثر من {max} عقدة', '{max} düyündən çox ehtiva edir', 'more than {max} nodes'),
  richTextText: l('نص العقدة يجب أن يكون نصًا', 'düyünün mətni mətn olmalıdır', 'a text node’s text must be a string'),
  linkScheme: l(
    'الروابط تقبل http وhttps وmailto وtel والمسارات النسبية فقط',
    'keçidlər yalnız http, https, mailto, tel və nisbi yolları qəbul edir',
    'links accept only http, https, mailto, tel and relative paths',
  ),
  linkTarget: l(
    'الرابط الداخلي يشير إلى مجموعة غير معروفة',
    'daxili keçid naməlum kolleksiyaya yönəlir',
    'the internal link points to an unknown collection',
  ),
  inputRefused: l(
    'تعذّر قبول هذه البيانات: {problem}',
    'Bu məlumatı qəbul etmək mümkün olmadı: {problem}',
    'This input cannot be accepted: {problem}',
  ),
  internal: l(
    'تعذّر على الخادم إتمام الطلب. اذكر هذا المرجع لمدير النظام: {reference}',
    'Server sorğunu başa çatdıra bilmədi. Bu istinadı administratora bildirin: {reference}',
    'The server could not complete the request. Give this reference to an administrator: {reference}',
  ),
  whereUnknownPath: l(
    'لا يمكن البحث في هذا الحقل',
    'bu sahə üzrə axtarış mümkün deyil',
    'this field cannot be queried',
  ),
  bodyUnreadable: l(
    'تعذّرت قراءة نص الطلب أو الملف المرفق',
    'sorğunun gövdəsini və ya əlavə faylı oxumaq mümkün olmadı',
    'the request body or its attached file could not be read',
  ),
  fileUnreadable: l(
    'تعذّرت قراءة الملف: ليس صورة أو مستندًا سليمًا من الأنواع المقبولة.',
    'Faylı oxumaq mümkün olmadı: qəbul edilən növlərdən sağlam şəkil və ya sənəd deyil.',
    'The file could not be read: it is not a sound image or document of an accepted type.',
  ),
  unsupportedMediaType: l(
    'أرسل البيانات بصيغة JSON ‏(application/json) أو multipart/form-data.',
    'Məlumatı JSON (application/json) və ya multipart/form-data kimi göndərin.',
    'Send the data as JSON (application/json) or multipart/form-data.',
  ),
  graphqlRequest: l(
    'طلب GraphQL يجب أن يكون كائن JSON فيه الاستعلام (query) نصًا.',
    'GraphQL sorğusu sorğunu (query) mətn kimi ehtiva edən JSON obyekti olmalıdır.',
    'A GraphQL request must be a JSON object whose query is a string.',
  ),
  requestUnreadable: l('تعذّرت قراءة الطلب.', 'Sorğunu oxumaq mümkün olmadı.', 'The request could not be read.'),
  whereRequired: l(
    'حدد المدخلات المقصودة بشرط بحث (where).',
    'Nəzərdə tutulan elementləri axtarış şərti (where) ilə göstərin.',
    'Name the entries meant with a query condition (where).',
  ),
  methodNotAllowed: l(
    'هذه الطريقة غير مسموحة هنا.',
    'Bu metoda burada icazə verilmir.',
    'This method is not allowed here.',
  ),
  badPath: l(
    'في العنوان محارف لا تكون في عنوان (محارف تحكّم).',
    'Ünvanda heç bir ünvanda olmayan simvollar (idarəetmə simvolları) var.',
    'The address holds characters no address may hold (control characters).',
  ),
  requestHeadersTooLarge: l(
    'عنوان الطلب أو ترويساته أطول من المسموح.',
    'Sorğunun ünvanı və ya başlıqları icazə veriləndən uzundur.',
    'The request address or headers are longer than allowed.',
  ),
}
