import { defaultLocale, isLocaleCode, type LocaleCode } from '../i18n'

/** The language a member of staff reads e-mails in: theirs, else the one they used the form in, else Arabic. */
export const mailLanguageOf = (user: unknown, req?: { i18n?: { language?: string } }): LocaleCode => {
  const saved = typeof user === 'object' && user !== null && 'language' in user ? user.language : null
  if (isLocaleCode(saved)) return saved
  const requested = req?.i18n?.language
  return isLocaleCode(requested) ? requested : defaultLocale
}

/** How an e-mail greets a member of staff: their name, else their address. */
export const displayName = (user: unknown): string => {
  if (typeof user !== 'object' || user === null) return ''
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : ''
  return name || ('email' in user && typeof user.email === 'string' ? user.email : '')
}

/** A small, safe HTML e-mail: escaped text in the reader's language and direction, with one link. */
export const escapeHTML = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

export interface MailBody {
  lang: string
  rtl: boolean
  paragraphs: string[]
  link?: { href: string; label: string }
  after?: string[]
  signature: string
}

export function mailHTML({ lang, rtl, paragraphs, link, after = [], signature }: MailBody): string {
  const dir = rtl ? 'rtl' : 'ltr'
  const p = (text: string) => `<p>${escapeHTML(text)}</p>`
  const action = link
    ? `<p><a href="${escapeHTML(link.href)}">${escapeHTML(link.label)}</a></p><p dir="ltr">${escapeHTML(link.href)}</p>`
    : ''
  return [
    `<div lang="${escapeHTML(lang)}" dir="${dir}" style="font-family: Tahoma, Arial, sans-serif; text-align: ${rtl ? 'right' : 'left'}">`,
    ...paragraphs.map(p),
    action,
    ...after.map(p),
    `<p>— ${escapeHTML(signature)}</p>`,
    '</div>',
  ].join('\n')
}
