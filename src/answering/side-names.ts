// A side of a sum, difference or comparison that names a place or body by a name the report writes
// ("the Dabie area", "Xiping and Queshan") is that one's figure: a figure whose sentence never
// writes the name is another's, however well the side's other words ("mountain area", "funds")
// match it. "The Dabie and Tongbai areas' funds combined" where the report gives only the Funiu
// area's share of the total is no sum of the Funiu figure and the total: the reply
// refuses rather than add figures of other places. A name is a word no English word list has that
// the report writes capitalised and never in lower case (written-names.ts).
import type { Entry } from "../knowledge/schema.js";
import { escapeRegExp } from "../util/regexp.js";
import type { SearchIndex } from "./search-index.js";
import { reportsWritingName, writtenNames } from "./written-names.js";

/** The names a side writes that some loaded report writes as a name. */
export function namesOfSide(side: string, regions: readonly string[], index: SearchIndex): string[] {
  return writtenNames(side, regions).filter((n) => reportsWritingName(index, n).size > 0);
}

const writes = (text: string, name: string) =>
  new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name)}(?!\p{L})`, "iu").test(text);

/**
 * Whether the figure's sentence writes one of the side's names (always, for a side that names none).
 * A section titled by the place ("Development of the Wuling Area") calls it "the area" in its
 * sentences: a figure whose sentence writes no name of its own (its report's region aside) is the
 * place's its section title names. A sentence naming another place there is that place's.
 */
export function writesSideName(e: Entry, names: readonly string[], index?: SearchIndex): boolean {
  if (names.length === 0 || names.some((n) => writes(e.sentence, n))) return true;
  if (!index || !names.some((n) => writes(e.section, n))) return false;
  const region = index.reportsById.get(e.report)?.meta.region;
  return namesOfSide(e.sentence, region ? [region] : [], index).length === 0;
}
