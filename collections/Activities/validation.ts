import type { PayloadRequest } from 'payload'

import { l, say } from '../../src/i18n'
import { timeOf } from '../../src/fields/validators'

const deadlineMessage = l(
  'يجب أن يكون آخر موعد للتسجيل قبل بداية النشاط.',
  'Qeydiyyatın son tarixi tədbirin başlanğıcından əvvəl olmalıdır.',
  'The registration deadline must be before the activity starts.',
)

const reasonMessage = l(
  'اذكر سبب التأجيل أو الإلغاء.',
  'Təxirə salma və ya ləğv səbəbini yazın.',
  'Give the reason for postponing or cancelling.',
)

type Args = { req: PayloadRequest; data: Record<string, unknown> }

export const deadlineBeforeStart = (value: Date | null | string | undefined, { data, req }: Args): string | true => {
  const [deadline, start] = [timeOf(value), timeOf(data?.startsAt)]
  if (deadline === null || start === null) return true
  return deadline <= start ? true : say(req, deadlineMessage)
}

export const reasonWhenNotScheduled = (value: null | string | undefined, { data, req }: Args): string | true =>
  data?.status && data.status !== 'scheduled' && !value?.trim() ? say(req, reasonMessage) : true
