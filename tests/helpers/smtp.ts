import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  to: string[]
  subject: string
  html: string
  text: string
  from: string
  auth: string | null
}

export interface TestMailServer {
  host: string
  port: number
  user: string
  password: string
  received: ReceivedMail[]
  /** Resolves with the next message to `address` (one already received counts), or rejects after `ms`. */
  mailTo: (address: string, ms?: number) => Promise<ReceivedMail>
  /** The SMTP_* variables that point the CMS at this server. */
  env: Record<string, string>
  stop: () => Promise<void>
}

const addresses = (value: ParsedMail['to']): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) =>
    group.value.map((entry) => entry.address ?? ''),
  )

/**
 * A real SMTP server (the `smtp-server` package) on the loopback address, with a login, that
 * keeps what it receives, parsed by `mailparser`: e-mail tests go through the network as in
 * production, and read the message as a mail client would.
 */
export async function startMailServer(): Promise<TestMailServer> {
  const user = 'cms'
  const password = 'smtp-test-password'
  const received: ReceivedMail[] = []
  const waiting = new Set<() => void>()
  const server = new SMTPServer({
    // No certificate here: plain SMTP with a login, which the server must allow explicitly.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user: auth.username })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: addresses(mail.to),
            subject: mail.subject ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            text: mail.text ?? '',
            from: mail.from?.text ?? '',
            auth: typeof session.user === 'string' ? session.user : null,
          })
          for (const wake of waiting) wake()
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  const mailTo = (address: string, ms = 20_000) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const find = () => received.find((mail) => mail.to.includes(address))
      const timer = setTimeout(() => {
        waiting.delete(check)
        reject(
          new Error(`no e-mail to ${address} within ${ms} ms; received: ${JSON.stringify(received.map((m) => m.to))}`),
        )
      }, ms)
      const check = () => {
        const mail = find()
        if (!mail) return
        clearTimeout(timer)
        waiting.delete(check)
        resolve(mail)
      }
      waiting.add(check)
      check()
    })
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    received,
    mailTo,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      SMTP_USER: user,
      SMTP_PASSWORD: password,
      EMAIL_FROM: 'EAFS CMS <cms@eafs.test>',
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The first link in a message's HTML. */
export const firstLink = (html: string): string => {
  const match = /href="([^"]+)"/.exec(html)
  if (!match) throw new Error(`no link in ${html}`)
  return match[1].replace(/&amp;/g, '&')
}
