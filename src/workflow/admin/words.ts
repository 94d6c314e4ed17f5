/** The admin panels' words, picked in the admin's language, without the server-only parts of src/i18n. */
export { localeCodes, localeNames } from '../../i18n/locales'
export { stageLabels, workflowAdminWords, workflowWords } from '../../i18n/workflow'
export { wordsIn } from '../../i18n/labels'
