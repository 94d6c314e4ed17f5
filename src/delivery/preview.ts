/**
 * Previews of drafts on the society's site. The admin's preview button and its live preview open
 * `<SITE_URL_<LANG>>/preview?token=…&path=…`; the token names one entry in one language, is signed
 * with the server's secret (HMAC-SHA256) and expires after PREVIEW_TTL_SECONDS. The site's preview
 * page reads the draft with it from `GET /api/preview?token=…`, with no key or password of its own.
 * Only staff ever get a token: Payload builds these links only for a signed-in user of the admin.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import crypto from 'node:crypto'

import { isLocaleCode, type LocaleCode } from '../i18n'
import { previewWords } from '../i18n/delivery'
import { refuse } from '../lib/refuse'
import { isEditorialSlug } from '../content'
import { sitePathOf, type SiteCollection } from './alternates'

export const PREVIEW_TTL_SECONDS = 60 * 60

export interface PreviewClaims {
  collection: SiteCollection
  id: number | string
  locale: LocaleCode
  /** Seconds since the epoch after which the token is refused. */
  exp: number
}

const signature = (secret: string, body: string) => crypto.createHmac('sha256', secret).update(body).digest('base64url')

export function signPreview(
  secret: string,
  claims: Omit<PreviewClaims, 'exp'>,
  ttlSeconds = PREVIEW_TTL_SECONDS,
  now = Date.now(),
): string {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + ttlSeconds })).toString(
    'base64url',
  )
  return `${body}.${signature(secret, body)}`
}

/** The claims of a token this server signed and that has not expired; null for any other. */
export function readPreview(secret: string, token: string, now = Date.now()): null | PreviewClaims {
  const [body, sent, ...rest] = token.split('.')
  if (!body || !sent || rest.length > 0) return null
  const expected = Buffer.from(signature(secret, body))
  const given = Buffer.from(sent)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  try {
    const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    if (typeof claims !== 'object' || claims === null) return null
    const { collection, id, locale, exp } = claims as Record<string, unknown>
    if (typeof collection !== 'string' || !isLocaleCode(locale)) return null
    if ((typeof id !== 'number' && typeof id !== 'string') || typeof exp !== 'number' || exp * 1000 < now) return null
    return { collection: collection as SiteCollection, id, locale, exp }
  } catch {
    return null
  }
}

/**
 * The address a draft is previewed at: the site's preview page in the entry's language with a
 * fresh token, or, when the site's address is not configured, the preview read itself.
 */
export const previewURL = (
  req: PayloadRequest,
  siteURLs: Partial<Record<LocaleCode, string>>,
  { collection, doc, locale }: { collection: SiteCollection; doc: Record<string, unknown>; locale: unknown },
): null | string => {
  const id = doc.id
  if ((typeof id !== 'number' && typeof id !== 'string') || !isLocaleCode(locale)) return null
  const token = signPreview(req.payload.secret, { collection, id, locale })
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : String(id)
  const site = siteURLs[locale]
  if (!site) return `${req.payload.config.serverURL}${req.payload.config.routes.api}/preview?token=${token}`
  return `${site}/preview?token=${token}&path=${encodeURIComponent(sitePathOf(req.payload.config, collection, slug))}`
}

const previewReader = {
  id: 'preview-token',
  collection: 'api-clients',
  name: 'preview link',
  scope: 'preview',
  revoked: false,
  createdAt: '',
  updatedAt: '',
} as const

/** `GET /api/preview?token=…`: the draft the token names, in its language, as staff would read it. */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const token = typeof req.query?.token === 'string' ? req.query.token : ''
    const claims = readPreview(req.payload.secret, token)
    if (!claims || !isEditorialSlug(req.payload.config, claims.collection))
      throw refuse(req, 401, previewWords.badToken)
    const doc = await req.payload.findByID({
      collection: claims.collection,
      id: claims.id,
      locale: claims.locale,
      draft: true,
      depth: 1,
      // The token is the permission for this one entry, in this one language, for a while: it reads
      // as a preview client would (drafts, but none of the staff's own fields).
      overrideAccess: false,
      user: previewReader,
      disableErrors: true,
    })
    if (!doc) throw refuse(req, 401, previewWords.badToken)
    return Response.json(
      {
        collection: claims.collection,
        locale: claims.locale,
        expiresAt: new Date(claims.exp * 1000).toISOString(),
        doc,
      },
      { headers: { 'Cache-Control': 'private, no-store', 'Content-Language': claims.locale } },
    )
  },
}
