/**
 * Characters that change how text reads without being seen: C0 and C1 controls and DEL, and the
 * bidirectional marks, embeddings, overrides and isolates (which can make `gnp.exe` read `exe.png`).
 * Shared by the input guard's link and file-name checks.
 */
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f)
const isBidi = (code: number) =>
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069)

/** `text` without control characters, and without bidirectional controls and spaces when asked. */
export const withoutInvisible = (text: string, { bidi = false, spaces = false } = {}): string =>
  [...text]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0
      return !isControl(code) && !(bidi && isBidi(code)) && !(spaces && code === 0x20)
    })
    .join('')
