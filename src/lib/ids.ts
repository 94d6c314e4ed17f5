/** Document ids as the database keeps them: whole numbers on SQLite, strings (ObjectIds) on MongoDB. */
import type { Payload } from 'payload'

/** The form of a numeric id: whole digits, short enough to be a safe integer. */
export const NUMERIC_ID = /^\d{1,15}$/

/** An id from a URL, a job's input or a token, as the database's id type (a number on SQLite). */
export const idFor = (req: { payload: Pick<Payload, 'db'> }, raw: unknown): number | string => {
  const text = String(raw ?? '')
  return req.payload.db.defaultIDType === 'number' && NUMERIC_ID.test(text) ? Number(text) : text
}
