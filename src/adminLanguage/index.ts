/**
 * The admin in the language its user chose, beyond Payload's own translations: the labels
 * Payload writes in English only, and dates in day-month-year order with the year, in the digits
 * of the admin's language. (Payload's strings are corrected in src/i18n/admin.ts; the
 * direction of text and the phone layout are in src/app/(payload)/custom.scss.) Plugged in by
 * the config.
 */
import type { Config, Plugin } from 'payload'

import { adminDateFormats } from '../i18n/dates'
import { withDateFormats, withTimestamps } from './dates'

export const adminLanguage =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const stamped = withTimestamps(collection)
      return { ...stamped, fields: withDateFormats(stamped.fields) }
    }),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: withDateFormats(global.fields) })),
    admin: {
      ...config.admin,
      dateFormat: adminDateFormats.dayAndTime,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          '/src/adminLanguage/EnglishOnlyLabels#EnglishOnlyLabels',
          '/src/adminLanguage/PayloadDates#PayloadDates',
        ],
      },
    },
  })
