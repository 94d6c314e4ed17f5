import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { Media } from '../../src/payload-types'

import { png as declaredPng } from '../helpers/hostile'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext
const created: (number | string)[] = []

beforeAll(async () => {
  process.env.MEDIA_MAX_FILE_SIZE_MB = '1'
  t = await initTestPayload('media')
  await t.rest.login(await createStaff(t.payload, 'editor'), PASSWORD)
})

afterAll(async () => {
  // Deleting through Payload removes the files and their resized copies from media/.
  for (const id of created) await t.payload.delete({ collection: 'media', id, overrideAccess: true })
  delete process.env.MEDIA_MAX_FILE_SIZE_MB
  await t.destroy()
})

const form = (file: Blob, name: string, data: Record<string, unknown>): FormData => {
  const body = new FormData()
  body.append('file', file, name)
  body.append('_payload', JSON.stringify(data))
  return body
}

const png = async (width: number, height: number): Promise<Blob> => {
  const buffer = await sharp({
    create: { width, height, channels: 3, background: { r: 0, g: 150, b: 200 } },
  })
    .png()
    .toBuffer()
  return new Blob([new Uint8Array(buffer)], { type: 'image/png' })
}

/** A small but well-formed PDF: header, one empty page, cross-reference table, trailer. */
const minimalPdf = (): string => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
}

const countMedia = async () => (await t.payload.count({ collection: 'media' })).totalDocs

describe('media uploads', () => {
  it('resizes images into WebP thumbnail, card and hero sizes', async () => {
    const response = await t.rest.post(
      '/media?locale=ar',
      form(await png(2400, 1600), 'baku.png', { alt: 'باكو', caption: 'صورة' }),
    )
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    created.push(doc.id)
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(doc.sizes?.card).toMatchObject({ width: 768, height: 512, mimeType: 'image/webp' })
    expect(doc.sizes?.hero).toMatchObject({ width: 1920, height: 1080, mimeType: 'image/webp' })
    expect(doc.focalX).toBe(50)
  })

  it('accepts PDF documents', async () => {
    const pdf = new Blob([minimalPdf()], { type: 'application/pdf' })
    const response = await t.rest.post('/media?locale=ar', form(pdf, 'programme.pdf', { alt: 'برنامج' }))
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    created.push(doc.id)
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('requires the alternative text in Arabic, with a clear 400', async () => {
    const before = await countMedia()
    const response = await t.rest.post('/media?locale=ar', form(await png(300, 200), 'no-alt.png', {}))
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({ path: 'alt' })
    expect(await countMedia()).toBe(before)
  })

  it('refuses other file types with a clear 400 and stores nothing', async () => {
    const before = await countMedia()
    const text = new Blob(['#!/bin/sh\necho hello\n'], { type: 'text/plain' })
    const response = await t.rest.post('/media?locale=ar', form(text, 'script.sh', { alt: 'نص' }))
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({ path: 'file' })
    expect(body.errors[0].data?.errors?.[0].message).toMatch(/not allowed/)
    expect(await countMedia()).toBe(before)
  })

  it('refuses files over MEDIA_MAX_FILE_SIZE_MB with 413 and stores nothing', async () => {
    const before = await countMedia()
    const big = new Blob([new Uint8Array(1.5 * 1024 * 1024)], { type: 'application/pdf' })
    const response = await t.rest.post('/media?locale=ar', form(big, 'big.pdf', { alt: 'كبير' }))
    expect(response.status).toBe(413)
    expect(await countMedia()).toBe(before)
  })

  it('stores a safe file name: no control or direction-changing characters, at most 100 characters', async () => {
    const response = await t.rest.request('POST', '/media?locale=ar', {
      body: form(await png(20, 20), `invoice\u202Egnp\u2066${'ب'.repeat(300)}.png`, { alt: 'فاتورة' }),
    })
    const body = await response.text()
    expect(response.status === 201 ? 201 : body.slice(0, 400)).toBe(201)
    const { doc } = JSON.parse(body) as { doc: Media }
    created.push(doc.id)
    expect(doc.filename).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect([...(doc.filename ?? '')].length).toBeLessThanOrEqual(100)
    expect(doc.filename).toMatch(/^invoicegnp.*\.png$/)
  })

  it('refuses an image of more than 40 megapixels before decoding it, and leaves no file', async () => {
    const before = await countMedia()
    // A PNG whose header declares 30,000 × 30,000 pixels (900 megapixels); sharp would decode it whole.
    const header = declaredPng(30_000, 30_000, 2)
    const response = await t.rest.request('POST', '/media?locale=ar', {
      body: form(new Blob([new Uint8Array(header)], { type: 'image/png' }), 'bomb.png', { alt: 'قنبلة' }),
      headers: { 'Accept-Language': 'en' },
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /900 megapixels; at most 40/,
    )
    expect(await countMedia()).toBe(before)
  })

  it('requires the Arabic alt text whatever the language of the request', async () => {
    const inAzerbaijani = await t.rest.post('/media?locale=az', form(await png(10, 10), 'az.png', { alt: 'Bakı' }))
    expect(inAzerbaijani.status).toBe(400)
    const arabic = await t.rest.post('/media?locale=ar', form(await png(10, 10), 'ar.png', { alt: 'باكو' }))
    const { doc } = (await arabic.json()) as { doc: Media }
    created.push(doc.id)
    expect((await t.rest.patch(`/media/${doc.id}?locale=az`, { alt: 'Bakı' })).status).toBe(200)
    expect((await t.rest.patch(`/media/${doc.id}?locale=ar`, { alt: '' })).status).toBe(400)
  })
})
