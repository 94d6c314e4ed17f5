import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { repairCopiedSlugs } from '../../src/fields/slugRepair'
import { slugify } from '../../src/lib/slugify'
import { adminRestore, adminSave } from '../helpers/adminRequests'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * Editing as the admin does it, through the requests it really sends (recorded from Chromium in
 * tests/fixtures/adminRequests.json): an autosave carries the whole form back, read-only, hidden
 * and virtual fields included. A language's work never touches another language; each language's
 * slug comes from its own title; a transition leaves no phantom version; an author revises her
 * published entry.
 */
let t: TestContext
const as = {} as Record<'author' | 'otherAuthor' | 'editor' | 'translator' | 'public', RestClient>

type Stage = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published' | 'unpublished'
type Locale = 'ar' | 'az' | 'en'

beforeAll(async () => {
  t = await initTestPayload('admin_editing')
  await createStaff(t.payload, 'admin')
  for (const role of ['author', 'otherAuthor', 'editor', 'translator', 'public'] as const)
    as[role] = new RestClient(t.config)
  await as.author.login(await createStaff(t.payload, 'author'), PASSWORD)
  await as.otherAuthor.login(await createStaff(t.payload, 'author'), PASSWORD)
  await as.editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
  await as.translator.login(await createStaff(t.payload, 'translator', ['az']), PASSWORD)
})

afterAll(async () => {
  await t.destroy()
})

const move = async (client: RestClient, id: number | string, locale: Locale, to: Stage, comment?: string) => {
  const response = await client.request('POST', `/news/${id}/workflow`, {
    body: JSON.stringify({ locale, to, comment }),
  })
  expect(response.status).toBe(200)
}

const publish = async (id: number | string, locale: Locale) => {
  await move(as.editor, id, locale, 'in_review')
  await move(as.editor, id, locale, 'approved')
  await move(as.editor, id, locale, 'published')
}

const stagesOf = async (id: number | string) => {
  const response = await as.editor.get(`/news/${id}/workflow`)
  return (await response.json()) as {
    stages: Record<Locale, Stage>
    publishedIn: Record<Locale, boolean>
    allowed: Record<Locale, Stage[]>
    locked: Record<Locale, string | null>
  }
}

const publicTitle = async (id: number | string, locale: Locale): Promise<string | null> => {
  const response = await as.public.get(`/news/${id}?locale=${locale}&fallback-locale=none&depth=0`)
  return response.status === 200 ? ((await response.json()) as News).title : null
}

const draftOf = (id: number | string, locale: Locale) =>
  t.payload.findByID({
    collection: 'news',
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    showHiddenFields: true,
  }) as Promise<News & { slugFixed?: boolean | null }>

/** An Arabic entry by `client`, published in Arabic by the editor. */
async function publishedArabic(client: RestClient, title: string): Promise<number | string> {
  const created = await client.post('/news?locale=ar', { title, excerpt: 'نص عربي' })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: News }
  await publish(doc.id, 'ar')
  return doc.id
}

/** The entry's versions, newest first. */
const versionsOf = async (id: number | string, locale: Locale = 'ar') =>
  (
    await t.payload.findVersions({
      collection: 'news',
      where: { parent: { equals: id } },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      locale,
    })
  ).docs

/** Draft versions made after the newest published one ("changed since published" in the edit view). */
const draftsAfterPublished = async (id: number | string): Promise<number> => {
  const versions = await versionsOf(id)
  const published = versions.findIndex((version) => version.version._status === 'published')
  return published === -1 ? versions.length : published
}

describe('a language’s work never touches another language', () => {
  it('keeps the published Arabic stage when a translator autosaves Azerbaijani through the admin', async () => {
    const id = await publishedArabic(as.author, 'محاضرة عن نظامي الكنجوي')
    expect((await stagesOf(id)).stages.ar).toBe('published')
    const autosave = await adminSave(as.translator, 'news', id, 'az', { title: 'Nizami Gəncəvi haqqında mühazirə' })
    expect(autosave.status).toBe(200)
    // Stale server fields in the form (another person's move since it loaded) are no edit either.
    const stale = await adminSave(as.translator, 'news', id, 'az', {
      excerpt: 'Azərbaycan mətni',
      workflow: { ar: 'draft', az: 'draft', en: 'draft' },
      translationStatus: { ar: 'source', az: 'missing', en: 'missing' },
    })
    expect(stale.status).toBe(200)
    const { stages, publishedIn } = await stagesOf(id)
    expect(stages).toEqual({ ar: 'published', az: 'draft', en: 'draft' })
    expect(publishedIn).toEqual({ ar: true, az: false, en: false })
    expect(await publicTitle(id, 'ar')).toBe('محاضرة عن نظامي الكنجوي')
    expect(await publicTitle(id, 'az')).toBeNull()
    // The author kept no right to edit live Arabic through a stage the translator reset.
    expect((await stagesOf(id)).allowed.ar).toEqual(['unpublished'])
  })

  it('refuses a translator’s admin save in the source language and leaves every stage as it was', async () => {
    const id = await publishedArabic(as.author, 'أمسية شعرية')
    const refused = await adminSave(as.translator, 'news', id, 'ar', { title: 'أمسية شعرية مترجمة' })
    expect(refused.status).toBe(403)
    expect((await stagesOf(id)).stages.ar).toBe('published')
    expect((await draftOf(id, 'ar')).title).toBe('أمسية شعرية')
  })
})

describe('restoring a version, as the version view does it', () => {
  /** An entry in Arabic (published) and Azerbaijani (a translator's draft), then both changed; its first version. */
  async function twoLanguagesChanged(): Promise<{ id: number | string; first: number | string }> {
    const id = await publishedArabic(as.author, 'مهرجان نوروز')
    expect((await adminSave(as.translator, 'news', id, 'az', { title: 'Novruz bayramı' })).status).toBe(200)
    const [withBoth] = await versionsOf(id)
    // "Save draft" (an autosave would rewrite the newest autosaved version in place).
    expect(
      (await adminSave(as.editor, 'news', id, 'ar', { title: 'مهرجان نوروز في القاهرة' }, { autosave: false })).status,
    ).toBe(200)
    expect(
      (await adminSave(as.translator, 'news', id, 'az', { title: 'Qahirədə Novruz bayramı' }, { autosave: false }))
        .status,
    ).toBe(200)
    return { id, first: withBoth.id }
  }

  it('refuses a translator’s restore, which would bring back every language, and changes nothing', async () => {
    const { id, first } = await twoLanguagesChanged()
    const before = await versionsOf(id)
    expect((await adminRestore(as.translator, 'news', first)).status).toBe(403)
    expect((await versionsOf(id)).map((version) => version.id)).toEqual(before.map((version) => version.id))
    expect((await draftOf(id, 'ar')).title).toBe('مهرجان نوروز في القاهرة')
    expect((await draftOf(id, 'az')).title).toBe('Qahirədə Novruz bayramı')
  })

  it('refuses an author’s restore that would change a translation under review', async () => {
    const { id, first } = await twoLanguagesChanged()
    await move(as.translator, id, 'az', 'in_review')
    expect((await adminRestore(as.author, 'news', first)).status).toBe(403)
    expect((await draftOf(id, 'az')).title).toBe('Qahirədə Novruz bayramı')
    expect((await stagesOf(id)).stages).toMatchObject({ ar: 'draft', az: 'in_review' })
  })

  it('lets an editor restore the whole entry as a draft: the changed published language becomes a draft, the site unchanged', async () => {
    const { id, first } = await twoLanguagesChanged()
    await publish(id, 'ar')
    expect((await adminRestore(as.editor, 'news', first)).status).toBe(200)
    expect((await draftOf(id, 'ar')).title).toBe('مهرجان نوروز')
    expect((await draftOf(id, 'az')).title).toBe('Novruz bayramı')
    const { stages, publishedIn } = await stagesOf(id)
    expect(stages).toMatchObject({ ar: 'draft', az: 'draft' })
    expect(publishedIn.ar).toBe(true)
    expect(await publicTitle(id, 'ar')).toBe('مهرجان نوروز في القاهرة')
  })
})

describe('a language locked by its stage locks that language only', () => {
  it('keeps Azerbaijani open to the author while her Arabic is in review, and the reverse', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'ورشة الخط' })
    const { doc } = (await created.json()) as { doc: News }
    expect((await adminSave(as.author, 'news', doc.id, 'az', { title: 'Xəttatlıq emalatxanası' })).status).toBe(200)
    await move(as.author, doc.id, 'ar', 'in_review')
    const view = async () =>
      ((await (await as.author.get(`/news/${doc.id}/workflow`)).json()) as { locked: Record<Locale, string | null> })
        .locked
    expect(await view()).toEqual({ ar: 'stage', az: null, en: null })
    expect((await adminSave(as.author, 'news', doc.id, 'az', { excerpt: 'Azərbaycan dilində qısa mətn' })).status).toBe(
      200,
    )
    expect((await adminSave(as.author, 'news', doc.id, 'ar', { excerpt: 'نص أثناء المراجعة' })).status).toBe(403)
    await move(as.editor, doc.id, 'ar', 'changes_requested', 'أضف الموعد')
    await move(as.author, doc.id, 'az', 'in_review')
    expect(await view()).toEqual({ ar: null, az: 'stage', en: null })
    expect((await adminSave(as.author, 'news', doc.id, 'ar', { excerpt: 'الموعد: السبت' })).status).toBe(200)
    expect((await stagesOf(doc.id)).stages).toEqual({ ar: 'changes_requested', az: 'in_review', en: 'draft' })
    expect((await draftOf(doc.id, 'az')).excerpt).toBe('Azərbaycan dilində qısa mətn')
  })
})

describe('each language’s slug comes from its own title', () => {
  it('follows the translation’s own title after the source was copied, until the language is published', async () => {
    const arabic = 'جمعية الصداقة تنظم دورة جديدة'
    const id = await publishedArabic(as.author, arabic)
    // "Copy the source": the Arabic title (and the Arabic slug, as Payload's copy-to-locale does) in az.
    const arabicSlug = (await draftOf(id, 'ar')).slug
    expect((await adminSave(as.translator, 'news', id, 'az', { title: arabic, slug: arabicSlug })).status).toBe(200)
    expect((await draftOf(id, 'az')).slug).toBe(slugify(arabic, 'az'))
    // The translation written: the form sends the stored slug back, and the slug follows the title.
    expect(
      (await adminSave(as.translator, 'news', id, 'az', { title: 'Dostluq cəmiyyəti yeni kurs təşkil edir' })).status,
    ).toBe(200)
    expect((await draftOf(id, 'az')).slug).toBe('dostluq-cəmiyyəti-yeni-kurs-təşkil-edir')
    expect((await draftOf(id, 'ar')).slug).toBe(arabicSlug)
    // Published, the slug is an address: a later title change keeps it.
    await move(as.translator, id, 'az', 'in_review')
    await move(as.editor, id, 'az', 'approved')
    await move(as.editor, id, 'az', 'published')
    expect(
      (await adminSave(as.translator, 'news', id, 'az', { title: 'Dostluq cəmiyyəti iki yeni kurs təşkil edir' }))
        .status,
    ).toBe(200)
    expect((await draftOf(id, 'az')).slug).toBe('dostluq-cəmiyyəti-yeni-kurs-təşkil-edir')
  })

  it('keeps a slug typed by hand, whatever the title does afterwards', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'عنوان أول' })
    const { doc } = (await created.json()) as { doc: News }
    expect((await adminSave(as.author, 'news', doc.id, 'ar', { title: 'عنوان ثان' })).status).toBe(200)
    expect((await draftOf(doc.id, 'ar')).slug).toBe('عنوان-ثان')
    expect((await adminSave(as.author, 'news', doc.id, 'ar', { slug: 'دورة-2027' })).status).toBe(200)
    expect((await adminSave(as.author, 'news', doc.id, 'ar', { title: 'عنوان ثالث' })).status).toBe(200)
    expect((await draftOf(doc.id, 'ar')).slug).toBe('دورة-2027')
  })

  it('repairs translations that kept the source’s slug, and nothing else', async () => {
    const id = await publishedArabic(as.author, 'زيارة وفد أذربيجاني')
    expect(
      (await adminSave(as.translator, 'news', id, 'az', { title: 'Azərbaycan nümayəndə heyətinin səfəri' })).status,
    ).toBe(200)
    // As entries were before this change: the Azerbaijani text under the Arabic slug.
    const arabicSlug = (await draftOf(id, 'ar')).slug
    const [latest] = await versionsOf(id)
    const stored = (
      await t.payload.db.findVersions({
        collection: 'news',
        locale: 'all',
        where: { id: { equals: latest.id } },
        limit: 1,
        pagination: false,
      })
    ).docs[0]
    const version = stored.version as unknown as Record<string, Record<string, unknown>>
    await t.payload.db.updateVersion({
      collection: 'news',
      id: stored.id,
      versionData: {
        ...stored,
        version: {
          ...version,
          slug: { ...version.slug, az: arabicSlug },
          slugFixed: { ...version.slugFixed, az: null },
        },
      } as never,
    })
    expect((await draftOf(id, 'az')).slug).toBe(arabicSlug)
    expect(await repairCopiedSlugs(t.payload)).toBeGreaterThanOrEqual(1)
    const az = await draftOf(id, 'az')
    expect(az.slug).toBe('azərbaycan-nümayəndə-heyətinin-səfəri')
    expect(az.title).toBe('Azərbaycan nümayəndə heyətinin səfəri')
    const ar = await draftOf(id, 'ar')
    expect(ar.slug).toBe(arabicSlug)
    expect(ar.title).toBe('زيارة وفد أذربيجاني')
    expect((await t.payload.findByID({ collection: 'news', id, locale: 'ar', depth: 0 })).title).toBe(
      'زيارة وفد أذربيجاني',
    )
  })
})

describe('a transition leaves no phantom version', () => {
  it('makes the published version the newest when nothing is pending', async () => {
    const id = await publishedArabic(as.author, 'معرض للصور')
    const [newest] = await versionsOf(id)
    expect(newest.version._status).toBe('published')
    expect(newest.latest).toBe(true)
    expect(newest.version.updatedAt).toEqual(expect.any(String))
    expect(await draftsAfterPublished(id)).toBe(0)
    // Through a translation published alone too.
    expect((await adminSave(as.translator, 'news', id, 'az', { title: 'Foto sərgi' })).status).toBe(200)
    await move(as.translator, id, 'az', 'in_review')
    await move(as.editor, id, 'az', 'approved')
    await move(as.editor, id, 'az', 'published')
    expect(await draftsAfterPublished(id)).toBe(0)
    expect((await versionsOf(id)).every((version) => typeof version.version.updatedAt === 'string')).toBe(true)
    // The draft the edit view reads is the published text, in every language.
    expect((await draftOf(id, 'az')).title).toBe('Foto sərgi')
    expect((await draftOf(id, 'ar')).title).toBe('معرض للصور')
    expect(await publicTitle(id, 'az')).toBe('Foto sərgi')
  })

  it('keeps a real pending draft as the newest version, dated', async () => {
    const id = await publishedArabic(as.author, 'ندوة عن العلاقات')
    expect((await adminSave(as.translator, 'news', id, 'az', { title: 'Münasibətlər haqqında seminar' })).status).toBe(
      200,
    )
    expect((await adminSave(as.editor, 'news', id, 'en', { title: 'A seminar on relations' })).status).toBe(200)
    await move(as.translator, id, 'az', 'in_review')
    await move(as.editor, id, 'az', 'approved')
    await move(as.editor, id, 'az', 'published')
    const versions = await versionsOf(id, 'en')
    expect(versions[0].version._status).toBe('draft')
    expect(versions[0].version.updatedAt).toEqual(expect.any(String))
    expect(versions[0].version.title).toBe('A seminar on relations')
    expect(versions[1].version._status).toBe('published')
    expect(await publicTitle(id, 'en')).toBeNull()
    expect((await draftOf(id, 'en')).title).toBe('A seminar on relations')
  })
})

describe('revisions', () => {
  it('lets an author revise her own published entry as a draft on top, reviewed like any change', async () => {
    const id = await publishedArabic(as.author, 'دورة اللغة الأذربيجانية للمبتدئين')
    const revised = await adminSave(as.author, 'news', id, 'ar', {
      title: 'دورة اللغة الأذربيجانية للمبتدئين (مواعيد جديدة)',
    })
    expect(revised.status).toBe(200)
    expect(await publicTitle(id, 'ar')).toBe('دورة اللغة الأذربيجانية للمبتدئين')
    const state = await stagesOf(id)
    expect(state.stages.ar).toBe('draft')
    expect(state.publishedIn.ar).toBe(true)
    const authorView = (await (await as.author.get(`/news/${id}/workflow`)).json()) as {
      allowed: Record<Locale, Stage[]>
      locked: Record<Locale, string | null>
    }
    expect(authorView.allowed.ar).toContain('in_review')
    expect(authorView.locked.ar).toBeNull()
    await move(as.author, id, 'ar', 'in_review')
    // In review, the author's fields are locked again, and a save is refused.
    expect(
      ((await (await as.author.get(`/news/${id}/workflow`)).json()) as { locked: Record<Locale, string | null> }).locked
        .ar,
    ).toBe('stage')
    expect((await adminSave(as.author, 'news', id, 'ar', { title: 'تعديل أثناء المراجعة' })).status).toBe(403)
    await move(as.editor, id, 'ar', 'approved')
    await move(as.editor, id, 'ar', 'published')
    expect(await publicTitle(id, 'ar')).toBe('دورة اللغة الأذربيجانية للمبتدئين (مواعيد جديدة)')
  })

  it('still refuses another author’s published entry', async () => {
    const id = await publishedArabic(as.author, 'خبر لكاتبة أخرى')
    expect((await adminSave(as.otherAuthor, 'news', id, 'ar', { title: 'تعديل غريب' })).status).toBe(403)
    expect(await publicTitle(id, 'ar')).toBe('خبر لكاتبة أخرى')
  })

  it('shows the reviewer’s latest request to the author until she resubmits', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'مقال يحتاج تعديلًا' })
    const { doc } = (await created.json()) as { doc: News }
    await move(as.author, doc.id, 'ar', 'in_review')
    await move(as.editor, doc.id, 'ar', 'changes_requested', 'اذكر تاريخ الدورة')
    const view = (await (await as.author.get(`/news/${doc.id}/workflow`)).json()) as {
      requested: Record<Locale, { comment: string } | null>
    }
    expect(view.requested.ar?.comment).toBe('اذكر تاريخ الدورة')
    expect(view.requested.az).toBeNull()
    await move(as.author, doc.id, 'ar', 'in_review')
    const after = (await (await as.author.get(`/news/${doc.id}/workflow`)).json()) as {
      requested: Record<Locale, unknown>
    }
    expect(after.requested.ar).toBeNull()
  })
})
