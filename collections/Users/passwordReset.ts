import type { CollectionBeforeOperationHook, IncomingAuthType, PayloadRequest } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { fill, mailWords, pick, rtlLocales } from '../../src/i18n'
import { Refusal } from '../../src/lib/refuse'
import { displayName, mailHTML, mailLanguageOf } from '../../src/lib/mail'

type ForgotPassword = NonNullable<IncomingAuthType['forgotPassword']>

/** The admin's own reset page, built as Payload builds it for its default reset mail. */
const resetURL = (req: PayloadRequest | undefined, token: string): string => {
  const config = req?.payload.config
  return formatAdminURL({
    adminRoute: config?.routes.admin ?? '/admin',
    path: `${config?.admin.routes.reset ?? '/reset'}/${token}`,
    serverURL: config?.serverURL,
  })
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
      paragraphs: [fill(pick(mailWords.greeting, lang), { name: displayName(user) }), pick(mailWords.resetIntro, lang)],
      link: { href: resetURL(req, token), label: pick(mailWords.resetAction, lang) },
      after: [pick(mailWords.resetIgnore, lang)],
      signature: pick(mailWords.signature, lang),
    })
  },
}

/**
 * A reset with a token that no account holds, or that has expired, is refused in the caller's
 * language (Payload's own refusal is in English), before anything changes: the same lookup Payload
 * makes next, through the Local API.
 */
export const refuseUnknownResetToken: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const token: unknown = args.data?.token
  const held =
    typeof token === 'string' &&
    token !== '' &&
    (
      await req.payload.count({
        collection: collection.slug,
        where: {
          resetPasswordToken: { equals: token },
          resetPasswordExpiration: { greater_than: new Date().toISOString() },
        },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (!held) throw new Refusal(req.t('error:tokenInvalidOrExpired'), 403)
  return args
}
