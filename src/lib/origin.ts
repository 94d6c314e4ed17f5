/** An origin as browsers send it in `Origin`: scheme, host and port, nothing after. */
export const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
  } catch {
    return false
  }
}
