import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'

import { toSiteTypes } from '../../src/delivery/siteTypes'
import { projectRoot } from '../../src/paths'

/**
 * The types a site imports (types/index.d.ts): up to date with Payload's generated types, and
 * compiling in a project that has no server package, with ids of either database.
 */
const payloadTypes = fs.readFileSync(path.join(projectRoot, 'src/payload-types.ts'), 'utf8')
const siteTypes = fs.readFileSync(path.join(projectRoot, 'types/index.d.ts'), 'utf8')

const site = `
import type { BilateralRelation, Config, News } from './types'

const fromSqlite: Pick<News, 'id' | 'title' | 'categories'> = { id: 1, title: 'خبر', categories: [2] }
const fromMongo: Pick<News, 'id' | 'title' | 'categories'> = { id: '6758f0c2a1b2c3d4e5f60718', title: 'Xəbər', categories: ['6758f0c2a1b2c3d4e5f60719'] }
const precision: BilateralRelation['datePrecision'] = 'month'
const locale: Config['locale'] = 'az'
export const read = [fromSqlite, fromMongo, precision, locale]
`

/** Compiles a site's file against `types` in a folder with no node_modules: no Payload to be found. */
function compile(types: string, file = 'index.d.ts'): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-site-'))
  fs.mkdirSync(path.join(dir, 'types'))
  fs.writeFileSync(path.join(dir, 'types', file), types)
  fs.writeFileSync(path.join(dir, 'site.ts'), site)
  const program = ts.createProgram([path.join(dir, 'site.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
    typeRoots: [],
  })
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
  fs.rmSync(dir, { recursive: true, force: true })
  return diagnostics
}

describe('types for sites', () => {
  it('are up to date with Payload’s generated types (npm run generate)', () => {
    expect(siteTypes).toBe(toSiteTypes(payloadTypes))
  })

  it('compile in a site without the server package, with numeric and string ids', () => {
    expect(compile(siteTypes)).toEqual([])
  })

  it('are needed: Payload’s own file, copied into the site, does not compile there', () => {
    const problems = compile(payloadTypes, 'index.ts')
    // The augmentation of a module the site does not have, and MongoDB's string ids.
    expect(problems.some((problem) => problem.startsWith('TS2664'))).toBe(true)
    expect(problems.some((problem) => problem.startsWith('TS2322'))).toBe(true)
  })
})
