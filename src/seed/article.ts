/**
 * The society's source article, kept in the project as seed data (src/seed/source/, whose README
 * says where it comes from): the Arabic original one paragraph a line in `article.ar.txt`, with
 * faithful Azerbaijani and English translations line for line in `article.az.txt` and
 * `article.en.txt`. The article has no headline of its own; the titles below summarize its first
 * paragraphs and add no fact. Nothing here goes beyond what the article says.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { LocaleCode } from '../i18n'
import { projectRoot } from '../paths'

/**
 * The content languages the seed has texts for. A content language added later without seed text
 * is skipped by the seed (its readers get the fallback chain's text), never a crash.
 */
export const seedLocales = ['ar', 'az', 'en'] as const satisfies readonly LocaleCode[]
export type SeedLocale = (typeof seedLocales)[number]
export const isSeedLocale = (code: string): code is SeedLocale => (seedLocales as readonly string[]).includes(code)

/** A text of the seed in each of its languages. */
export type SeedText = Record<SeedLocale, string>

export type ArticleParagraph = SeedText

export const articleTitle: SeedText = {
  ar: 'جمعية الصداقة المصرية الأذربيجانية تواصل تقديم خدماتها وأنشطتها بالمجان وتعليم اللغة الأذربيجانية',
  az: 'Misir-Azərbaycan Dostluq Cəmiyyəti pulsuz xidmət və fəaliyyətlərini, Azərbaycan dilinin tədrisini davam etdirir',
  en: 'The Egyptian-Azerbaijani Friendship Society continues its free services and activities, including Azerbaijani language teaching',
}

export const articleExcerpt: SeedText = {
  ar: 'تقدم جمعية الصداقة المصرية الأذربيجانية، برئاسة الدكتور سيمور نصيروف، خدمات وأنشطة متنوعة بالمجان، منها كورسات لتعليم اللغة الأذربيجانية على يد أساتذة من أبناء جمهورية أذربيجان.',
  az: 'Dr. Seymur Nəsirovun rəhbərlik etdiyi Misir-Azərbaycan Dostluq Cəmiyyəti müxtəlif xidmət və fəaliyyətləri pulsuz təqdim edir, o cümlədən Azərbaycan Respublikasından olan müəllimlərin tədris etdiyi Azərbaycan dili kursları təşkil edir.',
  en: 'The Egyptian-Azerbaijani Friendship Society, chaired by Dr. Seymur Nasirov, offers diverse services and activities free of charge, among them Azerbaijani language courses taught by instructors from the Republic of Azerbaijan.',
}

/** Where the article and its translations live. */
export const articleSourceDir = path.join(projectRoot, 'src/seed/source')

/** The paragraphs of one language's file: one a line, blank lines ignored. */
export const readArticleLines = (locale: string): string[] =>
  fs
    .readFileSync(path.join(articleSourceDir, `article.${locale}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

const byLocale = Object.fromEntries(seedLocales.map((locale) => [locale, readArticleLines(locale)])) as Record<
  SeedLocale,
  string[]
>

if (seedLocales.some((locale) => byLocale[locale].length !== byLocale.ar.length)) {
  throw new Error(
    `The article's translations do not line up with the Arabic original in ${articleSourceDir}: ` +
      seedLocales.map((locale) => `${locale} ${byLocale[locale].length} paragraphs`).join(', '),
  )
}

export const articleParagraphs: readonly ArticleParagraph[] = byLocale.ar.map((_, index) => ({
  ar: byLocale.ar[index],
  az: byLocale.az[index],
  en: byLocale.en[index],
}))
