import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths'

const PAYLOAD_VERSION = '3.90.1'

/** Every installed copy of `payload` and `@payloadcms/*`, nested ones included, with its version. */
function installedPayloadPackages(dir = path.join(projectRoot, 'node_modules'), found: Record<string, string> = {}) {
  if (!fs.existsSync(dir)) return found
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue
    const full = path.join(dir, entry)
    if (entry.startsWith('@')) {
      for (const scoped of fs.readdirSync(full)) visit(path.join(full, scoped), `${entry}/${scoped}`, found)
    } else {
      visit(full, entry, found)
    }
  }
  return found
}

function visit(packageDir: string, name: string, found: Record<string, string>) {
  const manifest = path.join(packageDir, 'package.json')
  if ((name === 'payload' || name.startsWith('@payloadcms/')) && fs.existsSync(manifest)) {
    found[path.relative(projectRoot, packageDir)] = (
      JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }
    ).version
  }
  installedPayloadPackages(path.join(packageDir, 'node_modules'), found)
}

describe('the Payload family', () => {
  it(`is installed at ${PAYLOAD_VERSION} only, plugins included`, () => {
    const installed = installedPayloadPackages()
    expect(Object.keys(installed)).toEqual(
      expect.arrayContaining([
        'node_modules/payload',
        'node_modules/@payloadcms/plugin-seo',
        'node_modules/@payloadcms/email-nodemailer',
      ]),
    )
    expect(Object.entries(installed).filter(([, version]) => version !== PAYLOAD_VERSION)).toEqual([])
  })

  it('is pinned exactly in package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >
    const pinned = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
      ([name]) => name === 'payload' || name.startsWith('@payloadcms/'),
    )
    expect(pinned.length).toBeGreaterThanOrEqual(10)
    expect(pinned.filter(([, version]) => version !== PAYLOAD_VERSION)).toEqual([])
  })
})

describe('the start-up check of the Payload family', () => {
  it('passes Payload’s own dependency check on this installation', async () => {
    const { verifyPayloadFamily } = await import('../../src/boot')
    await expect(verifyPayloadFamily()).resolves.toBeUndefined()
  })

  it('refuses to start on a mixed family, in one line that says what to do', async () => {
    const { StartupError, verifyPayloadFamily } = await import('../../src/boot')
    const mixed = async () => {
      throw new Error(
        'Mismatching "payload" dependency versions found: @payloadcms/ui@3.90.2 (Please change this to 3.90.1). All "payload" packages must have the same version.',
      )
    }
    const refusal = verifyPayloadFamily(mixed)
    await expect(refusal).rejects.toBeInstanceOf(StartupError)
    await expect(refusal).rejects.toThrow(
      'Payload packages are not all one version (@payloadcms/ui@3.90.2 (Please change this to 3.90.1)). Install payload and every @payloadcms/* package at the same version',
    )
  })
})
