import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access'
import { contentTypeSelect } from '../../src/content'
import { groups, l, localeCodes, localeNames, webhookEventLabels } from '../../src/i18n'

export const deliveryStatuses = {
  pending: l('في الانتظار', 'Gözləyir', 'Pending'),
  retrying: l('ستُعاد المحاولة', 'Yenidən cəhd ediləcək', 'Retrying'),
  delivered: l('سُلّم', 'Çatdırıldı', 'Delivered'),
  failed: l('فشل', 'Uğursuz oldu', 'Failed'),
} as const

const readOnly = { readOnly: true }

/** The log of every webhook delivery: what was sent where, how often, and how the receiver answered. Written by the server only. */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: {
    singular: l('تسليم خطاف', 'Vebhuk çatdırılması', 'Webhook delivery'),
    plural: l('تسليمات الخطافات', 'Vebhuk çatdırılmaları', 'Webhook deliveries'),
  },
  admin: {
    group: groups.admin,
    useAsTitle: 'event',
    defaultColumns: [
      'webhook',
      'event',
      'entryCollection',
      'entry',
      'locale',
      'status',
      'attempts',
      'lastError',
      'updatedAt',
    ],
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: 'webhooks',
      required: true,
      index: true,
      label: l('الخطاف', 'Vebhuk', 'Webhook'),
      admin: readOnly,
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      label: l('الحدث', 'Hadisə', 'Event'),
      options: Object.entries(webhookEventLabels).map(([value, label]) => ({ value, label })),
      admin: readOnly,
    },
    contentTypeSelect({
      name: 'entryCollection',
      required: true,
      label: l('المجموعة', 'Kolleksiya', 'Collection'),
      admin: readOnly,
    }),
    {
      name: 'entry',
      type: 'text',
      required: true,
      label: l('معرّف المدخل', 'Qeydin identifikatoru', 'Entry id'),
      admin: readOnly,
    },
    {
      name: 'locale',
      type: 'select',
      label: l('اللغة', 'Dil', 'Language'),
      options: localeCodes.map((code) => ({ value: code, label: localeNames[code] })),
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: l('الحالة', 'Vəziyyət', 'Status'),
      options: Object.entries(deliveryStatuses).map(([value, label]) => ({ value, label })),
      admin: readOnly,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: l('المحاولات', 'Cəhdlər', 'Attempts'),
      admin: readOnly,
    },
    {
      name: 'lastStatusCode',
      type: 'number',
      label: l('آخر رمز استجابة', 'Son cavab kodu', 'Last response code'),
      admin: readOnly,
    },
    { name: 'lastError', type: 'textarea', label: l('آخر خطأ', 'Son xəta', 'Last error'), admin: readOnly },
    {
      name: 'deliveredAt',
      type: 'date',
      label: l('وقت التسليم', 'Çatdırılma vaxtı', 'Delivered at'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'body', type: 'json', label: l('المحتوى المرسل', 'Göndərilən məzmun', 'Body sent'), admin: readOnly },
  ],
}
