// "What percentage of the fiscal funds came from the central government?", "what share of the
// trainees were women?": the whole is named after "of", the part after the verb. compute.ts tells
// two readings of a share apart by these sides; engine.ts takes a stated percentage for the share
// asked only when its label names the part, since a rate of the same whole that names another part
// ("the employment rate of the trainees" for "were women") is another share.
import type { Entry } from "../knowledge/schema.js";
import { STOPWORDS } from "../text/words.js";
import { termsOf } from "./search-index.js";

/** The most words a part named as a kind of member has ("ethnic minority women"). */
const MAX_MEMBER_WORDS = 3;

export const SHARE_SIDES =
  /\b(?:share|proportion|percentage|fraction|percent)\s+of\s+(.+?)\s+(?:came from|went to|went into|was|were|is|are|did)\s+(.+?)\??$/;

/**
 * Whether a stated percentage's label names the part a "share of X were Y" question asks for: true
 * when the question names no part as a kind of member.
 */
export function namesSharePart(english: string, e: Entry): boolean {
  const m = SHARE_SIDES.exec(english);
  // Only a part named as a kind of member ("were women", "were ethnic minorities"): "was achieved",
  // "was actually allocated to the pilot counties" say what was done or where it went, which a
  // stated share's label often leaves to its sentence.
  const words = (m?.[2] ?? "")
    .replace(/^(?:the|a|an)\s+/, "")
    .split(/\s+/)
    .filter(Boolean);
  const member =
    words.length > 0 &&
    words.length <= MAX_MEMBER_WORDS &&
    !words.some((w) => STOPWORDS.has(w) || /(?:ed|ly)$/.test(w) || /\d/.test(w));
  if (!member) return true;
  const part = termsOf(words.join(" "));
  if (part.length === 0) return true;
  const label = new Set(termsOf(e.label));
  return part.some((t) => label.has(t));
}
