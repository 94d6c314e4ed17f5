import { describe, expect, it } from '@jest/globals'

import { fold, foldedWords, foldWithOrigin } from '../../src/lib/fold'
import { excerptOf } from '../../src/search/query'
import { searchPairs } from '../helpers/searchPairs'

describe('folded text', () => {
  it.each(searchPairs)('$locale “$q” in “$text”: $why', ({ q, text, locale, match }) => {
    const folded = fold(text, locale)
    expect(foldedWords(q, locale).every((word) => folded.includes(word))).toBe(match)
  })

  it('has at least 40 pairs, both kinds in every language', () => {
    expect(searchPairs.length).toBeGreaterThanOrEqual(40)
    for (const locale of ['ar', 'az', 'en'] as const) {
      expect(searchPairs.some((pair) => pair.locale === locale && pair.match)).toBe(true)
      expect(searchPairs.some((pair) => pair.locale === locale && !pair.match)).toBe(true)
    }
  })

  it('knows where each folded character came from', () => {
    const { text, origin } = foldWithOrigin('مَدْرَسَةُ  İlham', 'az')
    expect(text).toBe('مدرسه ilham')
    expect(origin.slice(0, 6)).toEqual([0, 2, 4, 6, 8, 10])
  })

  it('marks the original spelling in an excerpt', () => {
    expect(excerptOf('دورة اللغة الأذربيجانية المجانية', foldedWords('الاذربيجانية', 'ar'), 'ar')).toBe(
      'دورة اللغة <mark>الأذربيجانية</mark> المجانية',
    )
    expect(excerptOf('<b>Heydər</b> Əliyev', ['əliyev'], 'az')).toBe('&lt;b&gt;Heydər&lt;/b&gt; <mark>Əliyev</mark>')
  })
})
