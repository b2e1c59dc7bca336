// A glossary term's English often gives several renderings of one Chinese word side by side, for
// the translators different reports had ("poor areas impoverished regions" for one word meaning
// "poor regions"; "dwellings houses" for another). Each English word then stands in the question as
// a topic word of its own: a report that writes only one rendering ("poor areas") misses the other,
// and that rare word, which no figure of the report has, weighs against every figure (the right one
// fell below the coverage an answer needs). A rendering the knowledge never writes is left out when
// WordNet gives it as the same thing as a word of the same term the knowledge does write (a synonym,
// a broader or narrower word, a derived form: "impoverished" is "poor", "regions" are "areas").
// An unknown word the term's other words do not name ("ministry" beside "finance") is a topic of
// its own and stays, so a question about what the report lacks is still refused.
import { baseForms, relatedTo } from "./word-relations.js";

const WORD = /[A-Za-z]+(?:[-'][A-Za-z]+)*/g;

/** Whether WordNet relates two words in any of their base forms, either way round. */
function sameThing(a: string, b: string): boolean {
  const bases = (w: string) => new Set(baseForms(w));
  const [as, bs] = [bases(a), bases(b)];
  const relates = (from: Set<string>, to: Set<string>) =>
    [...from].some((f) => relatedTo(f).some((r) => to.has(r.word)));
  return relates(as, bs) || relates(bs, as);
}

/**
 * `english` (a glossary term's renderings) without the words the knowledge lacks (`keep` says which
 * it has, lower case) that are another rendering of a word of the same term it has.
 */
export function renderingsAsKnown(english: string, keep: (word: string) => boolean): string {
  const words = english.match(WORD) ?? [];
  const known = words.filter((w) => keep(w.toLowerCase()));
  if (known.length === 0 || known.length === words.length) return english;
  const dropped = new Set(
    words.filter(
      (w) => !keep(w.toLowerCase()) && known.some((k) => sameThing(w.toLowerCase(), k.toLowerCase())),
    ),
  );
  if (dropped.size === 0) return english;
  return english
    .replace(WORD, (w) => (dropped.has(w) ? "" : w))
    .replace(/\s+/g, " ")
    .trim();
}
