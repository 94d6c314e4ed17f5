import type { PayloadRequest } from 'payload'

import { l, say } from '../../src/i18n'
import { TIME_PATTERN, validateTime } from '../../src/fields/validators'
import { calendarDay } from '../../src/lib/partialDate'

const dayIndex: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
}

const endBeforeStart = l(
  'يجب أن تنتهي الحصة بعد بدايتها.',
  'Dərs başladıqdan sonra bitməlidir.',
  'A session must end after it starts.',
)

const outsideTerm = (weekday: string) =>
  l(
    `لا يقع أي يوم (${weekday}) داخل الفصل الدراسي.`,
    `Tədris dövründə heç bir "${weekday}" günü yoxdur.`,
    `The term has no ${weekday}: every session must fall inside the term.`,
  )

type Session = { weekday?: null | string; startTime?: null | string; endTime?: null | string }

export const sessionEndsAfterStart = (
  value: null | string | undefined,
  args: { req: PayloadRequest; siblingData: Session },
): string | true => {
  const format = validateTime(value, args)
  if (format !== true) return format
  const start = args.siblingData?.startTime
  if (!value || !start || !TIME_PATTERN.test(start)) return true
  return value > start ? true : say(args.req, endBeforeStart)
}

/** True when the date range [from, to] contains the given weekday at least once. */
export const rangeHasWeekday = (from: Date, to: Date, weekday: number): boolean => {
  const days = Math.floor((to.getTime() - from.getTime()) / 86_400_000)
  if (days >= 6) return true
  for (let d = 0; d <= days; d += 1) {
    if (new Date(from.getTime() + d * 86_400_000).getUTCDay() === weekday) return true
  }
  return false
}

/** Every weekly session falls on a weekday the term actually has (when the term has dates). */
export const sessionInsideTerm = (
  value: unknown,
  {
    data,
    req,
  }: { data: { term?: { startDate?: null | string; endDate?: null | string } | null }; req: PayloadRequest },
): string | true => {
  const start = data?.term?.startDate
  const end = data?.term?.endDate
  if (!Array.isArray(value) || !start || !end) return true
  // Dates from the day picker are stored at noon UTC; compare whole days.
  const from = new Date(calendarDay(start))
  const to = new Date(calendarDay(end))
  for (const session of value as Session[]) {
    const weekday = session?.weekday
    if (weekday && weekday in dayIndex && !rangeHasWeekday(from, to, dayIndex[weekday])) {
      return say(req, outsideTerm(weekday))
    }
  }
  return true
}
