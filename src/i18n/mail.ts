/** The words of the e-mails the CMS sends, in the three languages of the admin. */
import { l } from './labels'

export const mailWords = {
  signature: l(
    'جمعية الصداقة المصرية الأذربيجانية',
    'Misir-Azərbaycan Dostluq Cəmiyyəti',
    'Egyptian-Azerbaijani Friendship Society',
  ),
  greeting: l('مرحبًا {name}،', 'Salam, {name}!', 'Hello {name},'),
  resetSubject: l('إعادة تعيين كلمة المرور', 'Parolun yenilənməsi', 'Reset your password'),
  resetIntro: l(
    'طُلب تعيين كلمة مرور جديدة لحسابك في منصة محتوى الجمعية. لتعيينها افتح الرابط التالي خلال ساعة:',
    'Cəmiyyətin məzmun platformasındakı hesabınız üçün yeni parol tələb olunub. Onu təyin etmək üçün bir saat ərzində bu keçidi açın:',
    "A new password was requested for your account on the society's content hub. To set it, open this link within an hour:",
  ),
  resetAction: l('تعيين كلمة مرور جديدة', 'Yeni parol təyin edin', 'Set a new password'),
  resetIgnore: l(
    'إن لم تطلب ذلك فتجاهل هذه الرسالة، وستبقى كلمة مرورك كما هي.',
    'Bunu siz tələb etməmisinizsə, bu məktubu nəzərə almayın: parolunuz dəyişməyəcək.',
    'If you did not ask for this, ignore this e-mail: your password stays as it is.',
  ),
  languageField: l('لغة الرسائل الإلكترونية', 'E-poçt məktublarının dili', 'Language of e-mails'),
  languageFieldHelp: l(
    'تُضبط تلقائيًا على لغة لوحة التحكم التي تسجّل الدخول بها.',
    'Daxil olduğunuz idarəetmə panelinin dilinə avtomatik uyğunlaşdırılır.',
    'Set automatically to the admin language you sign in with.',
  ),
  reviewSubject: l(
    'للمراجعة: {title} ({language})',
    'Yoxlamaya: {title} ({language})',
    'For review: {title} ({language})',
  ),
  reviewIntro: l(
    'أرسل {actor} النسخة {language} من «{title}» للمراجعة.',
    '{actor} «{title}» qeydinin {language} variantını yoxlamaya göndərdi.',
    '{actor} sent the {language} version of "{title}" for review.',
  ),
  changesSubject: l(
    'مطلوب تعديلات: {title} ({language})',
    'Düzəliş tələb olunur: {title} ({language})',
    'Changes requested: {title} ({language})',
  ),
  changesIntro: l(
    'طلب {actor} تعديلات على النسخة {language} من «{title}»:',
    '{actor} «{title}» qeydinin {language} variantında düzəliş tələb etdi:',
    '{actor} asked for changes to the {language} version of "{title}":',
  ),
  commentLine: l('التعليق: {comment}', 'Şərh: {comment}', 'Comment: {comment}'),
  openEntry: l('افتح المدخل', 'Qeydi açın', 'Open the entry'),
}
