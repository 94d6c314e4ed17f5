/** What sign-in protection and the password policy tell a person, in their language. */
import { l } from './labels'

export const signInWords = {
  tooManyAttempts: l(
    'محاولات دخول فاشلة كثيرة. حاول مجددًا بعد {minutes} دقيقة، أو اطلب من مدير النظام فتح الحساب.',
    'Çoxlu uğursuz giriş cəhdi. {minutes} dəqiqədən sonra yenidən cəhd edin və ya administratordan hesabı açmağı xahiş edin.',
    'Too many failed sign-ins. Try again in {minutes} minutes, or ask an administrator to unlock the account.',
  ),
  passwordTooShort: l(
    'يجب ألا تقل كلمة المرور عن {min} حرفًا.',
    'Parol ən azı {min} simvol olmalıdır.',
    'The password must be at least {min} characters long.',
  ),
  passwordCommon: l(
    'كلمة المرور هذه من الأكثر استعمالًا ويسهل تخمينها؛ اختر غيرها.',
    'Bu parol ən çox istifadə olunanlardandır və asan təxmin edilir; başqasını seçin.',
    'This password is among the most used ones and easy to guess; choose another.',
  ),
  passwordPersonal: l(
    'يجب ألا تحتوي كلمة المرور على بريدك الإلكتروني أو اسمك.',
    'Parol e-poçt ünvanınızı və ya adınızı ehtiva etməməlidir.',
    'The password must not contain your e-mail address or name.',
  ),
  currentPasswordRequired: l(
    'لتغيير كلمة مرورك أدخل كلمة المرور الحالية.',
    'Parolunuzu dəyişmək üçün hazırkı parolu daxil edin.',
    'To change your password, enter your current password.',
  ),
  currentPasswordWrong: l(
    'كلمة المرور الحالية غير صحيحة.',
    'Hazırkı parol düzgün deyil.',
    'The current password is not correct.',
  ),
  currentPassword: l('كلمة المرور الحالية', 'Hazırkı parol', 'Current password'),
  currentPasswordHelp: l(
    'مطلوبة عند تغيير كلمة مرورك.',
    'Parolunuzu dəyişəndə tələb olunur.',
    'Needed when you change your password.',
  ),
}
