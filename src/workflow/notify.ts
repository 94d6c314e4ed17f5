/**
 * Who hears of a move, by e-mail, in their own language: the editors when a language is submitted
 * for review, the entry's author when changes are requested. Nobody is told of their own move.
 * Mail goes through Payload's e-mail adapter (src/mail), which sends in the background.
 */
import type { PayloadRequest } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { isStaffUser } from '../access'
import { fill, localeNames, type Localized, mailWords, pick, rtlLocales } from '../i18n'
import { displayName, mailHTML, mailLanguageOf } from '../lib/mail'
import type { Prepared } from './types'

interface Reader {
  id: number | string
  email: string
  name?: string | null
  language?: string | null
}

async function readersFor(req: PayloadRequest, prepared: Prepared): Promise<Reader[]> {
  if (prepared.to === 'in_review') {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { roles: { contains: 'editor' } },
      limit: 100,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return docs
  }
  if (prepared.to === 'changes_requested' && prepared.createdBy !== null) {
    const author = await req.payload.findByID({
      collection: 'users',
      id: prepared.createdBy,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    return author ? [author] : []
  }
  return []
}

function letter(req: PayloadRequest, prepared: Prepared, reader: Reader) {
  const lang = mailLanguageOf(reader)
  const values = {
    title: prepared.title,
    language: pick(localeNames[prepared.locale], lang),
    actor: displayName(req.user),
  }
  const say = (words: Localized, more: Record<string, string> = {}) => fill(pick(words, lang), { ...values, ...more })
  const review = prepared.to === 'in_review'
  const href = formatAdminURL({
    adminRoute: req.payload.config.routes.admin,
    path: `/collections/${prepared.collection}/${prepared.id}?locale=${prepared.locale}`,
    serverURL: req.payload.config.serverURL,
  })
  const comment = prepared.comment.trim() ? [say(mailWords.commentLine, { comment: prepared.comment.trim() })] : []
  return {
    to: reader.email,
    subject: say(review ? mailWords.reviewSubject : mailWords.changesSubject),
    html: mailHTML({
      lang,
      rtl: rtlLocales.has(lang),
      paragraphs: [
        say(mailWords.greeting, { name: displayName(reader) }),
        say(review ? mailWords.reviewIntro : mailWords.changesIntro),
        ...comment,
      ],
      link: { href, label: pick(mailWords.openEntry, lang) },
      signature: pick(mailWords.signature, lang),
    }),
  }
}

/** Sends the mails a move calls for. A mail that cannot be sent is logged; the move stands. */
export async function notifyOfMove(req: PayloadRequest, prepared: Prepared): Promise<void> {
  const actor = isStaffUser(req.user) ? String(req.user.id) : null
  for (const reader of await readersFor(req, prepared)) {
    if (String(reader.id) === actor || !reader.email) continue
    try {
      await req.payload.sendEmail(letter(req, prepared, reader))
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Workflow mail to ${reader.email} not sent` })
    }
  }
}
