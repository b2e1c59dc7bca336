// A divisor counts the same set its dividend's sentence speaks of. "The programme invested 900
// million Yuan" speaks of the whole province; "Alpha City and Beta County carried it out in 300
// villages" counts only those places' part, however well its words match the question. So a count
// its sentence gives for places below the province, named before it as those who did it, divides an
// amount only when the amount's own sentence names places too (or the question asks about one).
// Places named after the count ("85 villages in 8 counties, namely Alpha County, …") list where the
// whole count lies: that count is still the whole.
import { writtenAt } from "../knowledge/written-at.js";
import { placesNamed } from "./place-owner.js";

/**
 * Whether a count (as `written` in `countSentence`) counts only named places' part of what the
 * amount of `amountSentence` is spread over: the count's sentence names places below the province
 * before the count, the amount's sentence and the `question` name none.
 */
export function countsOnlyNamedPlaces(
  question: string,
  amountSentence: string,
  countSentence: string,
  written: string,
): boolean {
  if (placesNamed(question, false).length > 0 || placesNamed(amountSentence).length > 0) return false;
  const at = writtenAt(countSentence, written);
  return at > 0 && placesNamed(countSentence.slice(0, at)).length > 0;
}
