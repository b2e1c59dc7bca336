// "of which" opens the parts of a figure just stated; "of whom" does the same for people ("trained
// 128,600 labourers, of whom 109,300 found jobs"). One source for both readings: the clause splitter
// and the part finder (extract.ts) and the verb search that stops at a part (labels.ts).
import type { Token } from "./nlp.js";

/** "of which" / "of whom", as a regular-expression alternation. */
export const OF_WHICH = String.raw`\bof\s+(?:which|whom)\b`;

/** Whether token `i` is the relative pronoun of an "of which" / "of whom". */
export const opensParts = (tokens: Token[], i: number): boolean =>
  /^(?:which|whom)$/i.test(tokens[i]?.text ?? "") && tokens[i - 1]?.lemma === "of";

/** How many words a fronted whole runs to ("Of the vocational skills trainees,"): longer is no whole. */
const MAX_FRONTED_WHOLE = 10;

/**
 * Whether token `i` is the comma that closes a whole fronted at the sentence's start ("Of the
 * trainees, 142,000 found jobs"): the number after it is a part of that whole, as after "of which".
 */
export const closesFrontedWhole = (tokens: Token[], i: number): boolean =>
  tokens[i]?.text === "," &&
  tokens[0]?.lemma === "of" &&
  i <= MAX_FRONTED_WHOLE &&
  tokens.slice(1, i).every((t) => !/^[,;:()]$/.test(t.text));
