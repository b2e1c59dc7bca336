// "Did households or enterprises get more of the 3.2 billion yuan of loans?": a figure the
// question states outside both sides is the whole the sides share, or a bound, never one of the
// two figures weighed; a figure a side states ("was the 1.9 billion for households more than …")
// is that side's own. When the stated figure is the total of a breakdown, the two sides are
// parts of that breakdown: the question named the whole they split, so a figure elsewhere that
// happens to share the whole's words ("60 million yuan of discount funds") is neither side.
import type { Entry } from "../knowledge/schema.js";
import { commonWhole } from "./compute.js";
import type { Comparison } from "./forms.js";
import type { SearchIndex } from "./search-index.js";
import { isStated, statedNumbers } from "./stated.js";
import type { Question } from "./understand.js";

// A number as the question writes it, with its scale and percent sign.
const WRITTEN_NUMBER =
  /\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|m|万|亿)\b)?(?:\s*(?:%|percent\b|per cent\b))?/g;
// A side's text has its numbers' commas and points turned to spaces ("1 000", "2 45"): digits
// apart by one such mark are read back together to be matched against the question's numbers.
const digitRuns = (text: string) => new Set(text.replace(/(\d)[\s,.](?=\d)/g, "$1").match(/\d+/g) ?? []);

/** Whether `e` is a figure the question states in the words its two sides share, not in a side. */
export function statedOutsideSides(q: Question, form: Comparison, e: Entry): boolean {
  if (!isStated(q.stated, e)) return false;
  const inSides = new Set([...digitRuns(form.left), ...digitRuns(form.right)]);
  const writtenAs = [...q.english.matchAll(WRITTEN_NUMBER)].filter((m) => isStated(statedNumbers(m[0]), e));
  return (
    writtenAs.length > 0 && writtenAs.every((m) => !inSides.has(m[0].replace(/\D+$/, "").replace(/\D/g, "")))
  );
}

/**
 * The pairs a comparison may weigh when it states the whole they split: two parts of a breakdown
 * whose total is a figure stated outside the sides. Undefined when it states none.
 */
export function statedWholePairs(
  q: Question,
  form: Comparison,
  index: SearchIndex,
): { fits: (a: Entry, b: Entry) => boolean; weigh?: undefined } | undefined {
  if (q.stated.length === 0) return undefined;
  const wholes = new Set(
    index.kb.groups
      .filter((g) => g.type === "parts")
      .map((g) => g.total)
      .filter((id) => {
        const total = index.kb.byId.get(id);
        return total !== undefined && statedOutsideSides(q, form, total);
      }),
  );
  if (wholes.size === 0) return undefined;
  return { fits: (a, b) => wholes.has(commonWhole(index, a, b)?.id ?? "") };
}
