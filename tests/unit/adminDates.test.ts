import { describe, expect, it } from '@jest/globals'

import { appearanceOf, formatAdminDate, inAdminDigits } from '../../src/i18n/dates'

/** How the admin writes a date in each of its languages (src/i18n/dates.ts). */
describe('admin dates', () => {
  const moment = '2026-11-30T12:05:00.000Z'

  it('writes day, month, year and a 24-hour time in each language, Arabic in Arabic-Indic digits', () => {
    const at = { appearance: 'dayAndTime', timeZone: 'Africa/Cairo' } as const
    expect(formatAdminDate(moment, 'ar', at)).toBe('٣٠ نوفمبر ٢٠٢٦، ١٤:٠٥')
    expect(formatAdminDate(moment, 'az', at)).toBe('30 noyabr 2026, 14:05')
    expect(formatAdminDate(moment, 'en', at)).toBe('30 November 2026, 14:05')
  })

  it('follows the appearance and the time zone it is given, and writes the Hijri date', () => {
    expect(formatAdminDate('1991-12-01T12:00:00.000Z', 'ar', { appearance: 'monthOnly', timeZone: 'UTC' })).toBe(
      'ديسمبر ١٩٩١',
    )
    expect(formatAdminDate('1991-12-01T12:00:00.000Z', 'az', { appearance: 'yearOnly', timeZone: 'UTC' })).toBe('1991')
    expect(formatAdminDate(moment, 'az', { appearance: 'timeOnly', timeZone: 'Asia/Baku' })).toBe('16:05')
    expect(formatAdminDate(moment, 'ar', { appearance: 'dayAndTime', timeZone: 'UTC', calendar: 'hijri' })).toBe(
      '٢١ جمادى الآخرة ١٤٤٨ هـ',
    )
  })

  it('gives nothing for no date or one that does not parse, and ignores an unknown time zone', () => {
    expect(formatAdminDate(null, 'ar')).toBeNull()
    expect(formatAdminDate('not a date', 'ar')).toBeNull()
    expect(formatAdminDate(moment, 'en', { timeZone: 'Mars/Olympus' })).toMatch(/^30 November 2026$/)
  })

  it("puts Payload's own date text into the admin's digits", () => {
    expect(inAdminDigits('30 نوفمبر 2026, 14:05', 'ar')).toBe('٣٠ نوفمبر ٢٠٢٦، ١٤:٠٥')
    expect(inAdminDigits('30 noyabr 2026, 14:05', 'az')).toBe('30 noyabr 2026, 14:05')
  })

  it("reads a field's picker appearance", () => {
    expect(appearanceOf({ pickerAppearance: 'monthOnly' }, 'default')).toBe('monthOnly')
    expect(appearanceOf({ pickerAppearance: 'sideways' }, 'default')).toBe('default')
    expect(appearanceOf(undefined, 'dayAndTime')).toBe('dayAndTime')
  })
})
