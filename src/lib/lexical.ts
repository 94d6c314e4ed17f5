import type { News } from '../payload-types'

import { type LocaleCode, rtlLocales } from '../i18n'

export type RichText = NonNullable<News['body']>

/** Plain paragraphs as a Lexical document, written in the direction of the locale's script. */
export function paragraphsToRichText(paragraphs: readonly string[], locale: LocaleCode): RichText {
  const direction = rtlLocales.has(locale) ? 'rtl' : 'ltr'
  return {
    root: {
      type: 'root',
      direction,
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        direction,
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

/** The text of a Lexical document, paragraphs separated by blank lines (for search, feeds, tests). */
export function richTextToPlain(value: RichText | null | undefined): string {
  const walk = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return ''
    const { text, children } = node as { text?: unknown; children?: unknown }
    if (typeof text === 'string') return text
    return Array.isArray(children) ? children.map(walk).join('') : ''
  }
  return (value?.root.children ?? []).map(walk).join('\n\n')
}
