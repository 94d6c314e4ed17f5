/**
 * HTTP security headers on every answer, the admin's and the API's (helmet):
 *  - a Content-Security-Policy under which the admin works: its own scripts, styles, images and
 *    fonts, nothing from elsewhere, no plugins; the society's sites may be framed by live preview
 *    and may frame the admin's preview (`frame-ancestors`), nobody else;
 *  - `X-Content-Type-Options: nosniff`, `Referrer-Policy: strict-origin-when-cross-origin`,
 *    `Cross-Origin-Opener-Policy`, and HSTS when the request came over TLS;
 *  - no `X-Powered-By`: express's is disabled by the server, Next.js's and Payload's by
 *    `poweredByHeader: false` (next.config.mjs).
 * Media files stay loadable by the sites (`Cross-Origin-Resource-Policy: cross-origin`); which
 * sites may read the API is CORS's part (src/delivery/cors.ts). Mounted by the server.
 */
import type { NextFunction, Request, Response } from 'express'

import helmet from 'helmet'

export interface SecurityOptions {
  /** The society's sites (SITE_URL_*), which live preview frames and which may frame the preview. */
  siteOrigins: string[]
  /** Next.js in development evaluates code and opens a websocket for hot reloading. */
  dev: boolean
}

const HSTS = 'max-age=31536000; includeSubDomains'

export function securityHeaders({ siteOrigins, dev }: SecurityOptions) {
  const sites = [...new Set(siteOrigins)]
  const policy = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // Next.js boots the admin with inline scripts; React, Payload's admin and Lexical style inline.
        'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', ...sites],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        'media-src': ["'self'", 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'frame-src': ["'self'", ...sites],
        'frame-ancestors': ["'self'", ...sites],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
      },
    },
    // frame-ancestors says who may frame; the older header could only say "same origin".
    xFrameOptions: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  })
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS)
    policy(req, res, next)
  }
}
