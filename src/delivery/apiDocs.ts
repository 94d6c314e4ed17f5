/**
 * The API described for site developers, generated from the collections as they are configured:
 * an OpenAPI 3.1 document of the REST API at `/api/openapi.json` (the payload-oapi plugin) and the
 * GraphQL schema as SDL at `/api/graphql.sdl`. Tests check both against the config.
 */
import type { Endpoint, Plugin } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'
import { openapi } from 'payload-oapi'

import { projectRoot } from '../paths'

/** The document's version is the project's. */
const projectVersion = (): string => {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
  return typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
    ? manifest.version
    : '0.0.0'
}

/** payload-oapi also adds a sign-in proxy for its docs UI, which has no UI here; Payload's own login stays the only one. */
const OAUTH_PROXY = '/openapi-auth'

let sdl: null | string = null

const sdlEndpoint: Endpoint = {
  path: '/graphql.sdl',
  method: 'get',
  handler: (req) => {
    sdl ??= printSchema(configToSchema(req.payload.config).schema)
    return new Response(sdl, {
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    })
  },
}

export const apiDocs = (): Plugin => async (config) => {
  const documented = await openapi({
    openapiVersion: '3.1',
    metadata: {
      title: 'EAFS content hub',
      version: projectVersion(),
      description:
        "The REST API of the Egyptian-Azerbaijani Friendship Society's content: news, activities, courses, the Egypt–Azerbaijan timeline, people and categories, in Arabic, Azerbaijani and English. See docs/sites.md.",
    },
    authEndpoint: OAUTH_PROXY,
    filters: { hideInternalCollections: true },
  })(config)
  return {
    ...documented,
    endpoints: [...(documented.endpoints ?? []).filter((endpoint) => endpoint.path !== OAUTH_PROXY), sdlEndpoint],
  }
}
