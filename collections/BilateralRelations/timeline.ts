/**
 * `GET /api/bilateral-relations/timeline?locale=…`: the published timeline grouped by year, oldest
 * first, in the timeline's stated order, each entry with its date precision and its label, so that
 * "December 1991" is never shown as a day. Read as the caller may read (locale, fallback, key).
 */
import type { Endpoint } from 'payload'

import type { BilateralRelation } from '../../src/payload-types'

import { TIMELINE_ORDER } from './hooks'

const PAGE = 100

type TimelineEntry = Pick<
  BilateralRelation,
  'date' | 'dateLabel' | 'datePrecision' | 'endDate' | 'id' | 'kind' | 'slug' | 'summary' | 'title'
> & {
  alternates?: unknown
}

export const timelineEndpoint: Endpoint = {
  path: '/timeline',
  method: 'get',
  handler: async (req) => {
    const entries: TimelineEntry[] = []
    for (let page = 1; ; page += 1) {
      const result = await req.payload.find({
        collection: 'bilateral-relations',
        req,
        overrideAccess: false,
        depth: 0,
        limit: PAGE,
        page,
        sort: TIMELINE_ORDER,
        select: {
          title: true,
          slug: true,
          date: true,
          endDate: true,
          datePrecision: true,
          dateLabel: true,
          kind: true,
          summary: true,
          alternates: true,
        },
      })
      entries.push(...(result.docs as TimelineEntry[]))
      if (!result.hasNextPage) break
    }
    const years = new Map<number, TimelineEntry[]>()
    for (const entry of entries) {
      const year = new Date(entry.date).getUTCFullYear()
      years.set(year, [...(years.get(year) ?? []), entry])
    }
    // Payload adds the request's response headers (Content-Language) to an endpoint's answer.
    return Response.json({
      totalDocs: entries.length,
      years: [...years].map(([year, yearEntries]) => ({ year, entries: yearEntries })),
    })
  },
}
