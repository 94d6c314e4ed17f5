import type { CollectionConfig, PayloadRequest } from 'payload'

import { anyone, canCreateContent, canDeleteContent, canUpdateContent } from '../../src/access'
import { defaultLocale, groups, l, localeOf, pick } from '../../src/i18n'
import { mediaDir } from '../../src/paths'

/** What the media library accepts: images (resized by sharp) and PDF documents. */
export const acceptedMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf']

const webp = { format: 'webp' as const, options: { quality: 82 } }

const altRequired = l(
  'النص البديل مطلوب باللغة العربية.',
  'Alternativ mətn ərəb dilində tələb olunur.',
  'Alternative text is required in Arabic.',
)

/**
 * The Arabic alt text is required whatever the language of the request: saved in Arabic, it must
 * be given; saved in another language, the file must already have it (a new file is uploaded in
 * Arabic first).
 */
const arabicAltRequired = async (value: null | string | undefined, { req, id }: { req: PayloadRequest; id?: number | string }): Promise<string | true> => {
  if (localeOf(req) === defaultLocale) return value?.trim() ? true : pick(altRequired, req.i18n?.language)
  if (id === undefined) return pick(altRequired, req.i18n?.language)
  const stored = await req.payload.findByID({ collection: 'media', id, locale: defaultLocale, fallbackLocale: false, depth: 0, select: { alt: true }, overrideAccess: true, disableErrors: true })
  return stored?.alt?.trim() ? true : pick(altRequired, req.i18n?.language)
}

const fileType = l('نوع الملف', 'Fayl növü', 'File type')
const sizeLabels = {
  thumbnail: l('مصغّرة', 'Kiçik ölçü', 'Thumbnail'),
  card: l('بطاقة', 'Kart', 'Card'),
  hero: l('صورة رئيسية', 'Əsas şəkil', 'Hero'),
}

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: l('ملف وسائط', 'Media faylı', 'Media file'), plural: l('الوسائط', 'Media', 'Media') },
  admin: {
    group: groups.media,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    listSearchableFields: ['filename', 'alt', 'caption'],
  },
  // What an entry that shows a media file gets of it (depth ≥ 1): its text alternative and every size.
  defaultPopulate: { alt: true, url: true, filename: true, mimeType: true, filesize: true, width: true, height: true, focalX: true, focalY: true, thumbnailURL: true, sizes: true },
  access: {
    read: anyone,
    create: canCreateContent,
    update: canUpdateContent,
    delete: canDeleteContent,
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: acceptedMimeTypes,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 768, height: 512, formatOptions: webp },
      { name: 'hero', width: 1920, height: 1080, withoutEnlargement: true, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: l('النص البديل', 'Alternativ mətn', 'Alternative text'),
      localized: true,
      admin: {
        description: l(
          'وصف الصورة لمن لا يراها؛ مطلوب بالعربية.',
          'Şəkli görə bilməyənlər üçün təsvir; ərəb dilində tələb olunur.',
          'Describes the image for those who cannot see it; required in Arabic.',
        ),
      },
      validate: arabicAltRequired,
    },
    {
      name: 'caption',
      type: 'textarea',
      label: l('التعليق', 'İzahat', 'Caption'),
      localized: true,
    },
    // Payload names these upload fields in English only; the same names here give them labels.
    { name: 'mimeType', type: 'text', label: fileType },
    { name: 'thumbnailURL', type: 'text', label: l('رابط الصورة المصغّرة', 'Kiçik şəklin ünvanı', 'Thumbnail URL') },
    {
      name: 'sizes',
      type: 'group',
      label: l('المقاسات', 'Ölçülər', 'Sizes'),
      fields: Object.entries(sizeLabels).map(([name, label]) => ({
        name,
        type: 'group' as const,
        label,
        fields: [{ name: 'mimeType', type: 'text' as const, label: fileType }],
      })),
    },
  ],
}
