import type { PayloadRequest } from 'payload'

import { l, say } from '../../src/i18n'
import { isOrigin } from '../../src/lib/origin'

const notAnOrigin = l(
  'اكتب المصدر كما يرسله المتصفح: البروتوكول والنطاق فقط، مثل https://eafs.org',
  'Mənbəni brauzerin göndərdiyi kimi yazın: yalnız protokol və domen, məs. https://eafs.org',
  'Write the origin as browsers send it: scheme and host only, like https://eafs.org',
)

export const validateOrigin = (value: null | string | undefined, { req }: { req: PayloadRequest }): string | true =>
  !value || isOrigin(value) ? true : say(req, notAnOrigin)
