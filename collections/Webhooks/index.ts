import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access'
import { validateUrl } from '../../src/fields/validators'
import { contentTypeSelect } from '../../src/content'
import { groups, l, localeCodes, localeNames, webhookEventLabels } from '../../src/i18n'

/**
 * Addresses to tell when content is published, taken off or deleted (a site that rebuilds its
 * pages, a search service). Each delivery is signed with the webhook's secret and logged in
 * `webhook-deliveries`. Only administrators manage webhooks.
 */
export const Webhooks: CollectionConfig<'webhooks'> = {
  slug: 'webhooks',
  labels: { singular: l('خطاف ويب', 'Vebhuk', 'Webhook'), plural: l('خطافات الويب', 'Vebhuklar', 'Webhooks') },
  admin: {
    group: groups.admin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    description: l(
      'يُرسل إلى كل عنوان طلب POST موقّع عند النشر أو الإلغاء أو الحذف، كما يشرح دليل المواقع (docs/sites.md).',
      'Hər ünvana dərc, dərcdən çıxarma və ya silinmə zamanı imzalı POST sorğusu göndərilir (docs/sites.md).',
      'Each address gets a signed POST when content is published, taken off or deleted, as docs/sites.md explains.',
    ),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('الاسم', 'Ad', 'Name') },
    { name: 'url', type: 'text', required: true, label: l('العنوان', 'Ünvan', 'URL'), validate: validateUrl },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: l('الأحداث', 'Hadisələr', 'Events'),
      options: Object.entries(webhookEventLabels).map(([value, label]) => ({ value, label })),
    },
    // Its options are the editorial collections (the content registry's).
    contentTypeSelect({
      name: 'collections',
      hasMany: true,
      label: l('المجموعات (فارغ: كلها)', 'Kolleksiyalar (boş: hamısı)', 'Collections (empty: all)'),
    }),
    {
      // Not `locales`: Payload keeps localized values in a table of that name.
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: l('اللغات (فارغ: كلها)', 'Dillər (boş: hamısı)', 'Languages (empty: all)'),
      options: localeCodes.map((code) => ({ value: code, label: localeNames[code] })),
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      label: l('السر المشترك', 'Ortaq sirr', 'Shared secret'),
      minLength: 16,
      admin: {
        description: l(
          'يوقّع به كل طلب؛ يتحقق المستقبِل من التوقيع به. 16 حرفًا على الأقل.',
          'Hər sorğu bununla imzalanır; qəbul edən imzanı bununla yoxlayır. Ən azı 16 simvol.',
          'Every request is signed with it; the receiver checks the signature with it. At least 16 characters.',
        ),
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: l('مفعّل', 'Aktiv', 'Active'),
      admin: { position: 'sidebar' },
    },
  ],
}
