// "of which" opens the parts of a figure just stated; "of whom" does the same for people ("trained
// 128,600 labourers, of whom 109,300 found jobs"). One source for both readings: the clause splitter
// and the part finder (extract.ts) and the verb search that stops at a part (labels.ts).
import type { Token } from "./nlp.js";

/** "of which" / "of whom", as a regular-expression alternation. */
export const OF_WHICH = String.raw`\bof\s+(?:which|whom)\b`;

/** Whether token `i` is the relative pronoun of an "of which" / "of whom". */
export const opensParts = (tokens: Token[], i: number): boolean =>
  /^(?:which|whom)$/i.test(tokens[i]?.text ?? "") && tokens[i - 1]?.lemma === "of";
