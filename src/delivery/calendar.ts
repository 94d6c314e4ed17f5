/**
 * `/feeds/events.<lang>.ics`: an iCalendar (RFC 5545) of the society's upcoming activities and
 * course sessions published in that language. Times are written in each activity's own time zone
 * (with its VTIMEZONE), course sessions repeat weekly through the course's term in Cairo time, and
 * a cancelled activity stays in the calendar as `STATUS:CANCELLED` so that subscribers drop it.
 */
import type { Payload } from 'payload'

import { TZDate } from '@date-fns/tz'
import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { Activity, Course } from '../payload-types'

import { DEFAULT_TIME_ZONE } from '../fields/schedule'
import { type LocaleCode, pick } from '../i18n'
import { feedWords } from '../i18n/delivery'
import { calendarDay } from '../lib/partialDate'
import { entryLink, type FeedOptions, societyName } from './links'

const weekdays: Record<NonNullable<Course['sessions']>[number]['weekday'], ICalWeekday> = {
  monday: ICalWeekday.MO,
  tuesday: ICalWeekday.TU,
  wednesday: ICalWeekday.WE,
  thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR,
  saturday: ICalWeekday.SA,
  sunday: ICalWeekday.SU,
}
const weekdayIndex = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const

/** A moment as a date in its zone, which is how ical-generator writes `DTSTART;TZID=…`. */
const inZone = (value: string, zone: string) => new TZDate(new Date(value).getTime(), zone)

/** The VTIMEZONE block of a zone, from the library's tz data. */
const vtimezone = (zone: string): null | string => {
  const block = tzlib_get_ical_block(zone)
  return Array.isArray(block) && block[0] ? block[0] : null
}

const placeOf = (entry: {
  venue?: { name?: null | string; address?: null | string; city?: null | string } | null
  onlineUrl?: null | string
}) =>
  [entry.venue?.name, entry.venue?.address, entry.venue?.city].filter(Boolean).join(', ') ||
  entry.onlineUrl ||
  undefined

/** The first day on or after `from` that falls on `weekday`, as a calendar day (YYYY-MM-DD). */
function firstOn(from: string, weekday: keyof typeof weekdayIndex): string {
  const day = new Date(`${calendarDay(from)}T12:00:00Z`)
  day.setUTCDate(day.getUTCDate() + ((weekdayIndex[weekday] - day.getUTCDay() + 7) % 7))
  return day.toISOString().slice(0, 10)
}

/** A clock time on a calendar day in the society's zone. */
const cairoTime = (day: string, time: string): TZDate => {
  const [year, month, date] = day.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new TZDate(year, month - 1, date, hours, minutes, DEFAULT_TIME_ZONE)
}

export async function eventsCalendar(payload: Payload, options: FeedOptions, locale: LocaleCode): Promise<string> {
  const now = new Date()
  const read = { locale, fallbackLocale: false as const, overrideAccess: false, depth: 0, pagination: false as const }
  // Upcoming: not yet ended (or, without an end, not yet started a day ago).
  const activities = (
    await payload.find({
      ...read,
      collection: 'activities',
      where: {
        or: [
          { endsAt: { greater_than_equal: now.toISOString() } },
          { startsAt: { greater_than_equal: new Date(now.getTime() - 86_400_000).toISOString() } },
        ],
      },
      sort: 'startsAt',
    })
  ).docs as Activity[]
  const courses = (
    await payload.find({
      ...read,
      collection: 'courses',
      where: { 'term.endDate': { greater_than_equal: calendarDay(now.toISOString()) } },
    })
  ).docs as Course[]

  const calendar = ical({
    name: `${await societyName(payload, locale)} — ${pick(feedWords.events, locale)}`,
    prodId: { company: 'EAFS', product: 'content-hub', language: locale.toUpperCase() },
    timezone: { name: null, generator: vtimezone },
    ttl: 60 * 60,
  })
  for (const activity of activities) {
    const zone = activity.startsAt_tz || DEFAULT_TIME_ZONE
    calendar.createEvent({
      id: `activity-${activity.id}@${new URL(options.serverURL).host}`,
      summary: activity.title,
      start: activity.allDay ? new Date(activity.startsAt) : inZone(activity.startsAt, zone),
      end: activity.endsAt
        ? activity.allDay
          ? new Date(activity.endsAt)
          : inZone(activity.endsAt, activity.endsAt_tz || zone)
        : undefined,
      allDay: Boolean(activity.allDay),
      timezone: activity.allDay ? null : zone,
      description:
        [
          activity.status === 'postponed' ? pick(feedWords.postponed, locale) : null,
          activity.statusReason,
          activity.summary,
        ]
          .filter(Boolean)
          .join('\n') || undefined,
      location: placeOf(activity),
      url: entryLink(options, 'activities', activity, locale),
      status:
        activity.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : activity.status === 'postponed'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      lastModified: new Date(activity.updatedAt),
    })
  }
  for (const course of courses) {
    const { startDate, endDate } = course.term ?? {}
    if (!startDate || !endDate) continue
    for (const session of course.sessions ?? []) {
      const day = firstOn(startDate, session.weekday)
      calendar.createEvent({
        id: `course-${course.id}-${session.id ?? session.weekday}@${new URL(options.serverURL).host}`,
        summary: course.title,
        start: cairoTime(day, session.startTime),
        end: cairoTime(day, session.endTime),
        timezone: DEFAULT_TIME_ZONE,
        repeating: {
          freq: ICalEventRepeatingFreq.WEEKLY,
          byDay: [weekdays[session.weekday]],
          until: cairoTime(calendarDay(endDate), '23:59'),
        },
        description: course.summary ?? undefined,
        location: placeOf(course),
        url: entryLink(options, 'courses', course, locale),
        lastModified: new Date(course.updatedAt),
      })
    }
  }
  return calendar.toString()
}
