/** The workbench's words, picked in the admin's language, without the server-only parts of src/i18n. */
export { fill, pick, wordsIn } from '../../i18n/labels'
export { isLocaleCode, localeCodes, localeNames, rtlLocales } from '../../i18n/locales'
export { translationStatusLabels, translationWords } from '../../i18n/translation'
