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
