// A place the question names below the province ("in Xiping County", "for Nanyang City") says
// whose figure is wanted. A figure whose sentence gives it for another place and never names the
// one asked is that other place's: "Hubei Province moved 900 households out of the mountains" is
// the province's figure, not Xiping County's, even when the section names Xiping County elsewhere
// (a meeting held there, a pilot county listed). A sentence that names no place at all may still
// speak of the one its paragraph names ("The county built 300 houses"), so it is left alone.
import type { Entry } from "../knowledge/schema.js";
import { getOrInsertComputed } from "../util/maps.js";
import { escapeRegExp } from "../util/regexp.js";
import { regionsIn } from "./regions.js";
import type { SearchIndex } from "./search-index.js";

// The word after a place's name that says what kind of place below the province it is.
const PLACE_KIND = `(?:count(?:y|ies)|cit(?:y|ies)|districts?|prefectures?|townships?|towns?|banners?)`;
const NAMED_PLACE = new RegExp(String.raw`(?<![\p{L}-])(\p{L}[\p{L}’'-]*)\s+${PLACE_KIND}\b`, "giu");
// Words that stand before a place kind without naming one ("each county", "key counties").
const NOT_A_NAME =
  /^(?:the|a|an|each|every|all|any|this|that|these|those|which|what|per|one|key|pilot|poor)$/i;
// The whole province as the one a figure is given for ("the province", "province-wide").
const WHOLE_PROVINCE = /\b(?:the|whole|entire|our) province\b|\bprovince-wide\b/i;

const mentions = (text: string, word: string) =>
  new RegExp(String.raw`(?<!\p{L})${escapeRegExp(word)}(?!\p{L})`, "iu").test(text);

/**
 * The places below the province a text names, each by its own name word ("Xiping" of "Xiping
 * County"), as written: a word before a place kind that is no determiner or region (provinces are
 * the reports' scope, read elsewhere). A report's own text writes them capitalised.
 */
export function placesNamed(text: string, capitalisedOnly = true): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(NAMED_PLACE)) {
    const name = m[1]!;
    if (NOT_A_NAME.test(name) || regionsIn(name).length > 0) continue;
    if (capitalisedOnly && !/^\p{Lu}/u.test(name)) continue;
    names.add(name);
  }
  return [...names];
}

/**
 * Whether the figure's `sentence` gives it for another place than every one the question names:
 * it names none of them, and names the report's own province (`region`) or another named place.
 * A place counts as named by the question only when the report names it (`reportPlaces`, name
 * words in lower case): "mountainous counties" with a slip in the adjective is no place's name.
 */
export function givenForAnotherPlace(
  question: string,
  sentence: string,
  region: string,
  reportPlaces: ReadonlySet<string>,
): boolean {
  const asked = placesNamed(question, false).filter((name) => reportPlaces.has(name.toLowerCase()));
  if (asked.length === 0 || asked.some((name) => mentions(sentence, name))) return false;
  if (mentions(sentence, region) || WHOLE_PROVINCE.test(sentence)) return true;
  return placesNamed(sentence).length > 0;
}

// Each report's place names (lower case), made once per report when a question names a place.
const placesByReport = new WeakMap<object, Set<string>>();

/**
 * Whether the figure `e` is given for another place than the county or city `question` names
 * (givenForAnotherPlace, against the places `e`'s report names). A Chinese question is passed as
 * its English gloss.
 */
export function ofAnotherPlace(question: string, index: SearchIndex, e: Entry): boolean {
  const report = index.reportsById.get(e.report);
  if (!report || placesNamed(question, false).length === 0) return false;
  const places = getOrInsertComputed(
    placesByReport,
    report,
    () =>
      new Set(
        report.sections
          .flatMap((s) => s.sentences.flatMap((t) => placesNamed(t)))
          .map((n) => n.toLowerCase()),
      ),
  );
  return givenForAnotherPlace(question, e.sentence, report.meta.region, places);
}
