// "Suqian City and Lianyungang City received 22.6 million Yuan and 16.8 million Yuan respectively",
// "moved 8,920 households and 31,460 people": figures the sentence lists side by side, joined only
// by "and" or a comma, are items of one list. Neither is the whole of the other, however the sizes
// fall; their whole, if the report gives one, is stated apart from the list. So are the rows of a
// colon list ("Roads: 3,120; Water supply: 2,480").
import { writtenAt } from "../knowledge/written-at.js";
import type { NumericEntry } from "../knowledge/schema.js";

// What may stand between two items of one list: a unit word or two of the first, then the joiner.
const LIST_JOIN = /^\s*(?:[A-Za-z]+\s+){0,2}?(?:,\s*(?:and\s+)?|and\s+)$/;
// "Roads: 3,120; Water supply: 2,480; Training: 960": rows of a colon list, each figure after its
// item's name, the rows parted by semicolons (or commas): the next row's name and its colon.
// Rows between the two are rows of the same list ("…: 3,120; Water supply: 2,480; Training: 960").
const ROW = String.raw`\s*(?:[A-Za-z]+\s+){0,2}?[;,]\s*(?:and\s+)?[A-Za-z][\w'’()\s-]{0,60}:\s*`;
const ROW_JOIN = new RegExp(String.raw`^(?:${ROW}\d[\d,.]*)*${ROW}$`);

/** Whether two figures of one sentence are written next to each other as items of one list. */
export function listedTogether(a: NumericEntry, b: NumericEntry): boolean {
  if (a.sentence !== b.sentence || a.id === b.id) return false;
  const s = a.sentence;
  const [first, second] = writtenAt(s, a.written) <= writtenAt(s, b.written) ? [a, b] : [b, a];
  const start = writtenAt(s, first.written);
  if (start < 0) return false;
  const end = start + first.written.length;
  const next = writtenAt(s, second.written, end);
  if (next < 0) return false;
  const between = s.slice(end, next);
  return LIST_JOIN.test(between) || (ROW_JOIN.test(between) && /:\s*$/.test(s.slice(0, start)));
}
