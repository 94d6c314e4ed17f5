/** Documents as plain data: what every part that reads entries of any collection shares. */
export type Data = Record<string, unknown>

export const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A relation's id, whether it came populated or as the bare id. */
export const idOf = (value: unknown): unknown =>
  isData(value) ? ('value' in value ? idOf(value.value) : value.id) : value

/** Whether a value is text with something in it. */
export const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''
