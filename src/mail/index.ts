/**
 * Outgoing e-mail, through Payload's official nodemailer adapter (`@payloadcms/email-nodemailer`):
 * SMTP from the environment (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD,
 * EMAIL_FROM), or, without SMTP_HOST, every message written to the server log instead of sent.
 *
 * Messages leave in the background: a slow or failing mail server never delays the request that
 * sent them, and never turns "we sent you a link" into an error that would tell a stranger that
 * an address has an account. Failures are logged; `settleOutgoingMail` waits for what is in flight
 * (the server calls it before shutting down).
 */
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { AppEnv, SmtpSettings } from '../env'

const inFlight = new Set<Promise<void>>()

/** Resolves when every message handed to the adapter so far has been sent or has failed. */
export const settleOutgoingMail = async (): Promise<void> => {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}

const SMTP_TIMEOUT_MS = 15_000

const smtpTransport = (smtp: SmtpSettings) =>
  nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.auth ?? undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  })

const recipients = (to: SendEmailOptions['to']): string =>
  (to === undefined ? [] : Array.isArray(to) ? to : [to])
    .map((entry) => (typeof entry === 'string' ? entry : entry.address))
    .join(', ')

/** The readable text of an HTML message, for the log: tags dropped, links kept. */
const textOf = (html: string): string =>
  html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>[\s\S]*?<\/a>/gi, ' $1 ')
    .replace(/<(br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim()

/** What a message says, for the log: its HTML as text, else its plain text. */
const bodyOf = (message: SendEmailOptions): string[] =>
  typeof message.html === 'string' ? [textOf(message.html)] : typeof message.text === 'string' ? [message.text] : []

/** One line for the start-up log saying where e-mail goes. */
export const describeMail = (env: AppEnv): string =>
  env.smtp
    ? `E-mail: sent through ${env.smtp.host}:${env.smtp.port}${env.smtp.secure ? ' (TLS)' : ''} from ${env.emailFrom.address}.`
    : 'E-mail: no SMTP_HOST set, so no e-mail is sent; each message (password resets included) is written to this log.'

export async function emailAdapter(env: AppEnv): Promise<EmailAdapter> {
  const official = await nodemailerAdapter({
    defaultFromAddress: env.emailFrom.address,
    defaultFromName: env.emailFrom.name,
    // Nothing is contacted at start; a wrong setting shows on the first message, in the log.
    skipVerify: true,
    transport: env.smtp ? smtpTransport(env.smtp) : nodemailer.createTransport({ jsonTransport: true }),
  })
  return (args) => {
    const adapter = official(args)
    const log = args.payload.logger
    return {
      ...adapter,
      name: env.smtp ? 'smtp' : 'log',
      sendEmail: async (message) => {
        const to = recipients(message.to)
        const delivery = adapter.sendEmail(message).then(
          () => {
            if (env.smtp) log.info(`E-mail sent to ${to}: ${message.subject}`)
            else
              log.info([`E-mail not sent (no SMTP_HOST) to ${to}: ${message.subject}`, ...bodyOf(message)].join('\n'))
          },
          (error: unknown) => log.error(`E-mail to ${to} failed (${message.subject}): ${(error as Error).message}`),
        )
        const tracked = delivery.finally(() => inFlight.delete(tracked))
        inFlight.add(tracked)
        return { queued: to }
      },
    }
  }
}
