import { describe, expect, it } from '@jest/globals'

import { isSlug, slugify } from '../../src/lib/slugify'

describe('slugify', () => {
  it('keeps Arabic letters and drops diacritics and tatweel', () => {
    expect(slugify('جمعية الصداقة المصرية الأذربيجانية', 'ar')).toBe('جمعية-الصداقة-المصرية-الأذربيجانية')
    expect(slugify('اللُّغَةُ الأذربيجـانية!', 'ar')).toBe('اللغة-الأذربيجانية')
  })

  it('keeps Azerbaijani letters and lowercases the Azerbaijani way', () => {
    expect(slugify('Azərbaycan dili', 'az')).toBe('azərbaycan-dili')
    expect(slugify('İLHAM ƏLİYEV', 'az')).toBe('ilham-əliyev')
    expect(slugify('QIŞ MƏKTƏBİ', 'az')).toBe('qış-məktəbi')
    expect(slugify('Şəki, Gəncə və Bakı', 'az')).toBe('şəki-gəncə-və-bakı')
  })

  it('makes plain English slugs', () => {
    expect(slugify("The Society's Free Courses — 2024", 'en')).toBe('the-societys-free-courses-2024')
  })

  it('never returns only hyphens', () => {
    expect(slugify('— ! —', 'en')).toBe('')
  })

  it('recognizes slugs', () => {
    expect(isSlug('azərbaycan-dili')).toBe(true)
    expect(isSlug('جمعية-الصداقة')).toBe(true)
    expect(isSlug('Azərbaycan dili')).toBe(false)
    expect(isSlug('--')).toBe(false)
  })
})
