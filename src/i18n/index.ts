export * from './admin'
export * from './labels'
export * from './locales'
