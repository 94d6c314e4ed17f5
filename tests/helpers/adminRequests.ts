import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths'
import type { RestClient } from './rest'

/** What an admin save needs of a client: Payload's REST handlers in-process (RestClient), or a server over HTTP. */
export interface AdminClient {
  get: (path: `/${string}`) => Promise<Response>
  request: (method: 'PATCH', path: `/${string}`, init: { body: FormData }) => Promise<Response>
}

/**
 * The admin's own requests, as recorded from Chromium (tests/fixtures/adminRequests.json): an
 * autosave sends the whole form back (read-only, hidden and virtual fields included) as multipart
 * `_payload`, with the query the edit view uses.
 */
export interface AdminRequests {
  autosave: { method: 'PATCH'; query: Record<string, string>; contentType: string; field: string; keys: string[] }
  relationLookup: { method: 'POST'; headers: Record<string, string>; body: Record<string, string> }
}

export const adminRequests = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'tests/fixtures/adminRequests.json'), 'utf8'),
) as AdminRequests

/**
 * Saves an entry as the admin's edit view does in `locale`: the form holds what the entry read as
 * (`GET …?depth=0&draft=true&locale=…`, as the view loads it), every recorded field of it is sent
 * back with `changes` applied, as an autosave (or "save draft" with `autosave: false`).
 */
export async function adminSave(
  client: AdminClient,
  collection: string,
  id: number | string,
  locale: string,
  changes: Record<string, unknown>,
  { autosave = true }: { autosave?: boolean } = {},
): Promise<Response> {
  const { query, field, keys } = adminRequests.autosave
  const loaded = await client.get(`/${collection}/${id}?depth=0&draft=true&locale=${locale}&fallback-locale=null`)
  if (loaded.status !== 200) throw new Error(`the edit view could not load ${collection}/${id}: ${loaded.status}`)
  const form = (await loaded.json()) as Record<string, unknown>
  const data: Record<string, unknown> = {}
  for (const key of keys) if (key in form) data[key] = form[key]
  Object.assign(data, { _status: 'draft' }, changes)
  const params = new URLSearchParams({ ...query, locale })
  if (!autosave) params.delete('autosave')
  const body = new FormData()
  body.append(field, JSON.stringify(data))
  return client.request('PATCH', `/${collection}/${id}?${params.toString()}`, { body })
}

/**
 * Restores a version as the admin's version view does ("restore as draft"): Payload's Restore
 * button (@payloadcms/next, views/Version/Restore) sends `POST /api/{collection}/versions/{id}?draft=…`
 * with no body and no locale, so the whole version comes back, every language at once.
 */
export const adminRestore = (client: RestClient, collection: string, versionId: number | string): Promise<Response> =>
  client.request('POST', `/${collection}/versions/${versionId}?draft=true`)
