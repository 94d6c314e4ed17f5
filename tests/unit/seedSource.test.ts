import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths'
import { articleParagraphs, articleSourceDir, readArticleLines } from '../../src/seed/article'

describe('seed article', () => {
  it('is kept inside the repository, with its origin stated', () => {
    expect(path.relative(projectRoot, articleSourceDir).startsWith('..')).toBe(false)
    const readme = fs.readFileSync(path.join(articleSourceDir, 'README.md'), 'utf8')
    expect(readme).toContain('shared/seeds/000_fe5ed1769436835f.txt')
  })

  it('seeds the Arabic original word for word, from its file', () => {
    const lines = readArticleLines('ar')
    expect(lines).toHaveLength(10)
    expect(articleParagraphs.map((p) => p.ar)).toEqual(lines)
    expect(lines[0]).toMatch(/^لا تزال جمعية الصداقة المصرية الأذربيجانية/)
  })

  it('has an Azerbaijani and an English translation line for line', () => {
    for (const locale of ['az', 'en']) expect(readArticleLines(locale)).toHaveLength(readArticleLines('ar').length)
    for (const paragraph of articleParagraphs) {
      expect(paragraph.az.length).toBeGreaterThan(paragraph.ar.length / 2)
      expect(paragraph.en.length).toBeGreaterThan(paragraph.ar.length / 2)
      expect(paragraph.az).toMatch(/[əğıöüşç]/i)
      expect(paragraph.en).toMatch(/\b(the|of|and|in|at)\b/i)
      expect(paragraph.en).not.toMatch(/[əƏ\u0600-\u06FF]/)
    }
  })

  it('keeps every year the article names in the same line of every language', () => {
    for (const paragraph of articleParagraphs) {
      const years = paragraph.ar.match(/\d{4}/g) ?? []
      for (const year of years) {
        expect(paragraph.az).toContain(year)
        expect(paragraph.en).toContain(year)
      }
      const yearsElsewhere = [...(paragraph.az.match(/\d{4}/g) ?? []), ...(paragraph.en.match(/\d{4}/g) ?? [])]
      for (const year of yearsElsewhere) expect(years).toContain(year)
    }
  })
})
