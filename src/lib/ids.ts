/** Document ids as the database keeps them: whole numbers on SQLite, strings (ObjectIds) on MongoDB. */
import type { Payload } from 'payload'

/** The form of a numeric id: whole digits, short enough to be a safe integer. */
export const NUMERIC_ID = /^\d{1,15}$/

/** An id from a URL, a job's input or a token, as the database's id type (a number on SQLite). */
export const idFor = (req: { payload: Pick<Payload, 'db'> }, raw: unknown): number | string => {
  const text = String(raw ?? '')
  return req.payload.db.defaultIDType === 'number' && NUMERIC_ID.test(text) ? Number(text) : text
}

/** An id the database could hold: a whole number within the safe range, or a 24-digit hex ObjectId. */
export const isIdValue = (value: unknown, idIsNumber: boolean): boolean => {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') return false
  return idIsNumber ? NUMERIC_ID.test(text) : /^[0-9a-f]{24}$/i.test(text)
}
