// A place or body the question names by a word that is no English word ("Luoyang", "Queshan",
// "LGOP") is the reader's own pointer to a report, as a number it states or a title it quotes is:
// the report whose text writes that name is the one meant. A report that never writes it is about
// other places. A word some report writes in lower case ("industrialization", "contiguous") is a
// word, capitalised or not in a title elsewhere, not a name.
import { isEnglishWord } from "./background.js";
import type { SearchIndex } from "./search-index.js";
import { getOrInsertComputed } from "../util/maps.js";

const MIN_NAME_LENGTH = 3;
const MAX_NAMES = 4;

/** The question's words that could only be names (no English word), lower-cased; regions excluded (they are scope). */
export function writtenNames(raw: string, regions: readonly string[]): string[] {
  const region = new Set(regions.flatMap((r) => r.toLowerCase().split(/\s+/)));
  const words = raw.toLowerCase().match(/\b[a-z]+\b/g) ?? [];
  const names = words.filter((w) => w.length >= MIN_NAME_LENGTH && !region.has(w) && !isEnglishWord(w));
  return [...new Set(names)].slice(0, MAX_NAMES);
}

// Each report's words as it writes them: capitalised, and in lower case; gathered once per index on first use.
type Written = { capitalised: Set<string>; lower: Set<string> };
const written = new WeakMap<SearchIndex, Map<string, Written>>();

function writtenBy(index: SearchIndex, id: string): Written {
  const byReport = getOrInsertComputed(written, index, () => new Map<string, Written>());
  return getOrInsertComputed(byReport, id, (r) => {
    const text = (index.reportsById.get(r)?.sections ?? []).map((s) => `${s.title} ${s.text}`).join(" ");
    const out: Written = { capitalised: new Set(), lower: new Set() };
    for (const w of text.match(/\b\p{L}+\b/gu) ?? [])
      (/^\p{Lu}/u.test(w) ? out.capitalised : out.lower).add(w.toLowerCase());
    return out;
  });
}

/** The reports (by id) that write `name` (as writtenNames gives it) as a name: capitalised, where no report writes it in lower case. */
export function reportsWritingName(index: SearchIndex, name: string): Set<string> {
  const ids = [...index.reportsById.keys()];
  if (ids.some((id) => writtenBy(index, id).lower.has(name))) return new Set();
  return new Set(ids.filter((id) => writtenBy(index, id).capitalised.has(name)));
}
