// "to the 26 underdeveloped counties": where something went, named by a preposition and the noun
// a count counts. The count is a figure of its own; the place is the noun phrase after it ("to
// underdeveloped counties"), which says where, whatever the number.
import { phraseAfter } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** "to the 26 underdeveloped counties" from `at`: the preposition and the noun its count counts. */
export function placeAfterCount(tokens: Token[], at: number): string | undefined {
  const adp = tokens[at];
  if (adp?.pos !== "ADP") return undefined;
  let i = at + 1;
  while (tokens[i]?.pos === "DET") i++;
  if (tokens[i]?.pos !== "NUM") return undefined;
  const place = phraseAfter(tokens, i + 1, true);
  return place && /^[A-Za-z]/.test(place)
    ? `${adp.text} ${place.charAt(0).toLowerCase()}${place.slice(1)}`
    : undefined;
}
