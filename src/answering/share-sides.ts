// "What percentage of the fiscal funds came from the central government?", "what share of the
// trainees were women?": the whole is named after "of", the part after the verb. compute.ts tells
// two readings of a share apart by these sides; engine.ts takes a stated percentage for the share
// asked only when its label names the part, since a rate of the same whole that names another part
// ("the employment rate of the trainees" for "were women") is another share.
import type { Entry } from "../knowledge/schema.js";
import { termsOf } from "./search-index.js";

export const SHARE_SIDES =
  /\b(?:share|proportion|percentage|fraction|percent)\s+of\s+(.+?)\s+(?:came from|went to|went into|was|were|is|are|did)\s+(.+?)\??$/;

/**
 * Whether a stated percentage's label names the part a "share of X were Y" question asks for: true
 * when the question names no part, or only says what was done to it ("was achieved").
 */
export function namesSharePart(english: string, e: Entry): boolean {
  const m = SHARE_SIDES.exec(english);
  // "What percentage of the plan was achieved": a participle says what was done, not which part.
  const part = m ? termsOf(m[2]!.replace(/\b[a-z]+ed\b/g, " ")) : [];
  if (part.length === 0) return true;
  const label = new Set(termsOf(e.label));
  return part.some((t) => label.has(t));
}
