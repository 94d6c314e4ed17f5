import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access'
import { groups, l } from '../../src/i18n'
import { validateOrigin } from './validation'

export const apiScopes = {
  published: l('المنشور فقط', 'Yalnız dərc olunan', 'Published only'),
  preview: l('المعاينة: المسودات أيضًا', 'Önizləmə: qaralamalar da', 'Preview: drafts too'),
} as const

/**
 * The society's sites and apps, each reading with its own API key (Payload's `useAPIKey`): sent
 * as `Authorization: api-clients API-Key <key>`. The key is shown once, in the admin, when it is
 * made; no read returns it afterwards. Only administrators manage clients.
 */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: 'api-clients',
  labels: {
    singular: l('عميل واجهة برمجية', 'API müştərisi', 'API client'),
    plural: l('عملاء الواجهة البرمجية', 'API müştəriləri', 'API clients'),
  },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    group: groups.admin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'scope', 'revoked', 'updatedAt'],
    description: l(
      'مواقع الجمعية وتطبيقاتها. يرسل كل منها مفتاحه مع كل طلب، كما يشرح دليل المواقع (docs/sites.md). يظهر المفتاح مرة واحدة عند إنشائه.',
      'Cəmiyyətin saytları və tətbiqləri. Hər biri açarını hər sorğu ilə göndərir (docs/sites.md). Açar yalnız yaradılanda bir dəfə görünür.',
      "The society's sites and apps. Each sends its key with every request, as docs/sites.md explains. The key is shown once, when it is made.",
    ),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('الاسم', 'Ad', 'Name') },
    {
      name: 'scope',
      type: 'select',
      required: true,
      defaultValue: 'published',
      label: l('الصلاحية', 'İcazə', 'Scope'),
      options: Object.entries(apiScopes).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'origins',
      type: 'array',
      label: l('المصادر المسموح بها (CORS)', 'İcazəli mənbələr (CORS)', 'Allowed origins (CORS)'),
      labels: { singular: l('مصدر', 'Mənbə', 'Origin'), plural: l('مصادر', 'Mənbələr', 'Origins') },
      admin: {
        description: l(
          'عناوين الصفحات التي تقرأ بهذا المفتاح من المتصفح، مثل https://eafs.org',
          'Bu açarla brauzerdən oxuyan səhifələrin ünvanları, məs. https://eafs.org',
          'Where the pages that read with this key are served from, like https://eafs.org',
        ),
      },
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          label: l('المصدر', 'Mənbə', 'Origin'),
          validate: validateOrigin,
        },
      ],
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: l('موقوف', 'Ləğv edilib', 'Revoked'),
      admin: {
        position: 'sidebar',
        description: l(
          'يُرفض المفتاح من الطلب التالي.',
          'Açar növbəti sorğudan rədd edilir.',
          'The key is refused from the next request on.',
        ),
      },
    },
    { name: 'notes', type: 'textarea', label: l('ملاحظات', 'Qeydlər', 'Notes') },
  ],
}
