/** The admin panels' words, picked in the admin's language, without the server-only parts of src/i18n. */
import { fill, pick } from '../../i18n/labels'
import type { Localized } from '../../i18n/locales'

export { localeCodes, localeNames } from '../../i18n/locales'
export { stageLabels, workflowAdminWords, workflowWords } from '../../i18n/workflow'

export const wordsIn =
  (language: string | undefined) =>
  (label: Localized, values: Record<string, string> = {}): string =>
    fill(pick(label, language), values)
