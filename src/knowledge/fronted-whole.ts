// "Of the 3.2 billion yuan of loans issued, 1.9 billion yuan went to households and 1.3 billion
// yuan to enterprises, and 60 million yuan of discounts was arranged": a sentence that opens on a
// figure after "Of the" (or "Among the") names the whole it breaks down in the same sentence. The
// figures after it, in the order written, are its parts as far as they add up to it; a figure
// after those is the sentence's next statement, not a part. No run that adds up: no breakdown (the
// sentence may give one example part, "Of the 90 million yuan, 20 million went to roads").
import { partsAgree } from "./audit.js";
import type { Entry } from "./schema.js";
import { writtenAt } from "./written-at.js";

// The opening up to the whole's figure: "Of the", "Among the", "Of this", with nothing between
// the article and the figure but an adjective or two ("Of the total 3.2 billion yuan").
const FRONTED = /^\s*(?:Of|Among)\s+(?:(?:the|this|these|that|those)\s+)?(?:[a-z]+\s+){0,2}$/i;

/** The whole a sentence fronts and its parts, or undefined. `money`: the sentence's money figures. */
export function frontedWholeParts(
  sentence: string,
  money: readonly Entry[],
): { total: Entry; parts: Entry[] } | undefined {
  const placed = money
    .map((e) => ({ e, at: writtenAt(sentence, e.written) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  const total = placed[0];
  if (!total || !FRONTED.test(sentence.slice(0, total.at))) return undefined;
  // The whole's phrase ends at the first comma after it; its parts come after that.
  const comma = sentence.indexOf(",", total.at + total.e.written.length);
  if (comma < 0) return undefined;
  const after = placed.filter((p) => p.at > comma && p.e.unit === total.e.unit).map((p) => p.e);
  let sum = 0;
  for (let n = 0; n < after.length; n++) {
    sum += Number(after[n]!.value);
    if (n >= 1 && partsAgree(sum, Number(total.e.value)))
      return { total: total.e, parts: after.slice(0, n + 1) };
  }
  return undefined;
}
