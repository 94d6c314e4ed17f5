import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths'
import { articleParagraphs } from '../../src/seed/article'

const source = path.resolve(projectRoot, '..', 'shared', 'seeds', '000_fe5ed1769436835f.txt')

describe('seed article', () => {
  it('holds the Arabic source article word for word', () => {
    const lines = fs
      .readFileSync(source, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    expect(articleParagraphs.map((p) => p.ar)).toEqual(lines)
  })

  it('translates every paragraph into Azerbaijani and English', () => {
    for (const paragraph of articleParagraphs) {
      expect(paragraph.az.length).toBeGreaterThan(paragraph.ar.length / 2)
      expect(paragraph.en.length).toBeGreaterThan(paragraph.ar.length / 2)
    }
  })

  it('keeps every year the article names in every language', () => {
    for (const paragraph of articleParagraphs) {
      const years = paragraph.ar.match(/\d{4}/g) ?? []
      for (const year of years) {
        expect(paragraph.az).toContain(year)
        expect(paragraph.en).toContain(year)
      }
    }
  })
})
