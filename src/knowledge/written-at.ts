// Where a figure as written stands in its sentence. A plain indexOf finds "1,200 households" inside
// "31,200 households" (and "5 yuan" inside "2.5 yuan"): a figure starting with a digit never
// continues a number written right before it.

/** A digit, or a digit-group mark right after a digit: what a number's continuation follows. */
const CONTINUES_NUMBER = /(?:\d|\d[.,])$/;

/**
 * The offset of the first occurrence of `written` in `sentence` at or after `from` that is not the
 * tail of a longer number, or -1.
 */
export function writtenAt(sentence: string, written: string, from = 0): number {
  if (!written) return -1;
  const digitFirst = /^\d/.test(written);
  for (let at = sentence.indexOf(written, from); at >= 0; at = sentence.indexOf(written, at + 1)) {
    if (!digitFirst || !CONTINUES_NUMBER.test(sentence.slice(Math.max(0, at - 2), at))) return at;
  }
  return -1;
}
