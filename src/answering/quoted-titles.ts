// A title the question quotes or brackets ("the 《…》 (Reports on Poverty Alleviation and
// Development)", "the “Sunshine Training Project”") is the reader's own pointer to a report, as a
// number it states is: the report whose text writes that title is the one meant.
import type { SearchIndex } from "./search-index.js";
import { getOrInsertComputed } from "../util/maps.js";

// Words of a title in quotes, guillemets or brackets: three or more Latin words, so a bracketed
// unit or abbreviation ("(km)", "(IFAD)") is no title.
const QUOTED = /[“"«《(（]\s*((?:[A-Za-z][\w'-]*[\s,]+){2,}[A-Za-z][\w'-]*)\s*[”"»》)）]/g;
const MAX_TITLES = 3;

/** The titles `text` quotes or brackets, lower-cased with single spaces. */
export function quotedTitles(text: string): string[] {
  return [...text.matchAll(QUOTED)].slice(0, MAX_TITLES).map((m) => normalised(m[1]!));
}

const normalised = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

// A report's text lower-cased once per index: looked up only for questions that quote a title.
const texts = new WeakMap<SearchIndex, Map<string, string>>();

/** Whether report `id`'s text writes `title` (as quotedTitles gives it). */
export function writesTitle(index: SearchIndex, id: string, title: string): boolean {
  const byReport = getOrInsertComputed(texts, index, () => new Map<string, string>());
  const text = getOrInsertComputed(byReport, id, (r) =>
    normalised((index.reportsById.get(r)?.sections ?? []).map((s) => s.text).join(" ")),
  );
  return text.includes(title);
}
