// Everyday words people use for the report's terms. A question word also matches its synonyms,
// at a discount, as one alternative: coverage counts the word once whichever form matched.
import { stem } from "../text/words.js";

const GROUPS: string[][] = [
  ["money", "funds", "funding", "fund", "capital"],
  ["spent", "spend", "invested", "investment", "allocated", "put"],
  ["exceed", "exceeded", "beyond", "above", "over"],
  ["build", "built", "construct", "constructed", "construction"],
  ["moved", "relocated", "relocation", "resettled"],
  ["loans", "loan", "credit", "lending"],
  ["people", "persons", "residents", "individuals"],
  ["households", "families"],
  ["gave", "give", "given", "issued", "provided", "allocated", "granted"],
  ["got", "received", "obtained", "awarded"],
  ["helped", "supported", "benefited", "assisted"],
  ["jobs", "employment", "employments", "work"],
  ["trained", "training", "trainees"],
  ["achieved", "completed", "accomplished", "reached"],
  ["planned", "expected", "target", "scheduled"],
  ["donated", "donation", "donations", "gave"],
  ["poor", "impoverished", "poverty-stricken"],
  ["roads", "road"],
  ["length", "long"],
  ["grow", "grew", "growth", "increase", "increased", "rise", "rose", "up"],
  ["overall", "total", "altogether"],
  ["participated", "involved", "launched", "covered", "implemented"],
  ["budget", "funds", "funding"],
];

const index = new Map<string, string[]>();
for (const group of GROUPS)
  for (const w of group)
    index.set(w, [...new Set([...(index.get(w) ?? []), ...group.filter((x) => x !== w)])]);

// By stem too, so a word the corrector respelt (a misspelt "people" → "peopl") gets the synonyms its right
// spelling has.
const byStem = new Map<string, string[]>();
for (const [w, syns] of index) byStem.set(stem(w), [...new Set([...(byStem.get(stem(w)) ?? []), ...syns])]);

export function synonymsOf(word: string): string[] {
  return index.get(word) ?? [];
}

/** The synonyms of a word by its indexed stem (what spelling correction gives). */
export function synonymsOfStem(term: string): string[] {
  return byStem.get(term) ?? [];
}
