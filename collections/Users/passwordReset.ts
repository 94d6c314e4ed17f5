import type { IncomingAuthType, PayloadRequest } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { defaultLocale, isLocaleCode, type LocaleCode, mailWords, pick, rtlLocales } from '../../src/i18n'
import { mailHTML } from '../../src/lib/mail'

type ForgotPassword = NonNullable<IncomingAuthType['forgotPassword']>

/** The language a member of staff reads e-mails in: theirs, else the one they used the form in. */
export const mailLanguageOf = (user: unknown, req?: PayloadRequest): LocaleCode => {
  const saved = typeof user === 'object' && user !== null && 'language' in user ? user.language : null
  if (isLocaleCode(saved)) return saved
  const requested = req?.i18n?.language
  return isLocaleCode(requested) ? requested : defaultLocale
}

/** The admin's own reset page, built as Payload builds it for its default reset mail. */
const resetURL = (req: PayloadRequest | undefined, token: string): string => {
  const config = req?.payload.config
  return formatAdminURL({
    adminRoute: config?.routes.admin ?? '/admin',
    path: `${config?.admin.routes.reset ?? '/reset'}/${token}`,
    serverURL: config?.serverURL,
  })
}

const nameOf = (user: unknown): string => {
  if (typeof user !== 'object' || user === null) return ''
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : ''
  return name || ('email' in user && typeof user.email === 'string' ? user.email : '')
}

/**
 * The password-reset e-mail in the user's language, right to left in Arabic, with a link to the
 * admin's own reset page. Payload sends it only for an address that has an account; the answer to
 * the form is the same either way.
 */
export const forgotPassword: ForgotPassword = {
  expiration: 60 * 60 * 1000,
  generateEmailSubject: ({ req, user } = {}) => pick(mailWords.resetSubject, mailLanguageOf(user, req)),
  generateEmailHTML: ({ req, token = '', user } = {}) => {
    const lang = mailLanguageOf(user, req)
    return mailHTML({
      lang,
      rtl: rtlLocales.has(lang),
      paragraphs: [pick(mailWords.greeting, lang).replace('{name}', nameOf(user)), pick(mailWords.resetIntro, lang)],
      link: { href: resetURL(req, token), label: pick(mailWords.resetAction, lang) },
      after: [pick(mailWords.resetIgnore, lang)],
      signature: pick(mailWords.signature, lang),
    })
  },
}
