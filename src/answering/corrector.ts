// Spelling correction of question words against the reports' vocabulary: a misspelt word is
// mapped to the indexed word meant, or to nothing when no plausible one is close.
import Fuse from "fuse.js";
import { SLIP, likeliest, oneSlipAway } from "../text/typos.js";
import { STOPWORDS, editDistance, hasHan, stem } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";
import type { Resolved } from "./search-index.js";

// Shorter words are too often another real word one letter away.
const FUZZY_MIN_LENGTH = 4;
// fuse.js score (0 exact, 1 anything) above which a candidate is no longer a plausible typo.
const FUZZY_THRESHOLD = 0.34;
// The candidates sharing most trigrams that fuse.js scores: enough for any typo, few enough to be cheap.
const FUZZY_MAX_CANDIDATES = 64;
// A candidate two letters longer or shorter must score at least this well (see corrector).
const STRICT_FUZZY_SCORE = 0.15;
// How sure a fuse.js match is, from its score: an exact match 1, falling fast, never below the floor.
const FUZZY_QUALITY_FLOOR = 0.4;
const FUZZY_QUALITY_SLOPE = 1.5;
const fuzzyQuality = (score: number) => Math.max(FUZZY_QUALITY_FLOOR, 1 - FUZZY_QUALITY_SLOPE * score);
// A one-edit (or swapped-letters) match fuse.js missed: as sure as a good fuzzy match.
const SWAP_QUALITY = 0.8;
// Stems shorter than this are one slip from too many others to say which was meant.
const MIN_STEM_SLIP_LENGTH = 5;
// Questions are unbounded; the cache of verdicts is not.
const CORRECTION_CACHE_MAX = 10_000;

const trigrams = (w: string) => {
  const padded = ` ${w} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

/**
 * The vocabulary words sharing most trigrams with a typed word (at most FUZZY_MAX_CANDIDATES):
 * same first letter, length within two, most trigrams in common first, ties in the order first met.
 * The posting lists are kept by first letter and trigram: keyed by trigram alone, a common one
 * (" co", "ion", "ent") listed thousands of words of a large corpus, every one counted for each
 * misspelt word and then dropped for its first letter. Within a list the words keep the
 * vocabulary's order, so the shortlist is the one the whole lists gave.
 */
export function trigramShortlist(vocabulary: Map<string, string>): (surface: string) => string[] {
  const byTrigram = new Map<string, string[]>();
  for (const w of vocabulary.keys()) {
    if (w.length < FUZZY_MIN_LENGTH - 1 || /^\d/.test(w)) continue;
    for (const g of trigrams(w)) getOrInsertComputed(byTrigram, w[0] + g, () => [] as string[]).push(w);
  }
  return (surface) => {
    const shared = new Map<string, number>();
    for (const g of trigrams(surface))
      for (const w of byTrigram.get(surface[0] + g) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    return [...shared]
      .filter(([w]) => Math.abs(w.length - surface.length) <= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, FUZZY_MAX_CANDIDATES)
      .map(([w]) => w);
  };
}

// A misspelt word shares some trigrams with the word meant; fuse.js then scores only those few
// candidates (trigramShortlist), and the verdict is cached. Steps: a word indexed as written
// resolves to itself; otherwise a report word one typing slip away, the likeliest slip first; else
// a stem one slip away; else shortlist by trigrams, let fuse.js pick, fall back to one edit (two in
// a long word). A stopword found that way is filler, not a topic.
export function corrector(
  vocabulary: Map<string, string>,
  hasTerm: (t: string) => boolean,
): (surface: string, stemmed: string) => Resolved | undefined {
  const shortlist = trigramShortlist(vocabulary);

  const fuzzyMatch = (candidates: string[], surface: string) =>
    new Fuse(candidates, {
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      minMatchCharLength: 3,
    })
      .search(surface, { limit: 3 })
      // Two letters longer or shorter is another word more often than a typo ("governor", "government").
      .find((r) => Math.abs(r.item.length - surface.length) < 2 || r.score! <= STRICT_FUZZY_SCORE);

  // fuse.js's bitap scores a swap of two letters ("trian") as two errors; one edit in the optimal
  // string alignment sense is as plausible a typo as any it accepts.
  const oneEditMatch = (candidates: string[], surface: string): string | undefined =>
    candidates.find((w) => editDistance(surface, w) <= (surface.length >= 7 ? 2 : 1)) ??
    // "invset" is one swap from the stem "invest" of "invested", though two letters from the word.
    (surface.length >= 5
      ? candidates.find(
          (w) => editDistance(stem(surface), vocabulary.get(w)!) <= 1 && vocabulary.get(w)!.length >= 5,
        )
      : undefined);

  // The report words one slip from the word typed, likeliest slip first (typos.ts): fuse.js's score
  // does not know which slips people make, and put "about" before "amount" for "amout" and
  // "laying" before "leading" for "laeding". Of several words behind equally likely slips, the
  // one fuse.js scores best (among all the candidates when it is one of them).
  // A wrong or stray letter is a slip often enough between two real words ("yearly" is "early"
  // with a stray letter, and means "year"): those overrule fuse.js's pick only when it has none.
  const slipMatch = (surface: string, fuzzyBest: string | undefined): string | undefined => {
    const found = likeliest(oneSlipAway(surface, (w) => vocabulary.has(w)));
    if (found.length === 0 || (fuzzyBest !== undefined && found[0]!.slip > SLIP.doubled)) return undefined;
    const tied = found.map((f) => f.word);
    if (tied.length < 2) return tied[0];
    if (fuzzyBest !== undefined && tied.includes(fuzzyBest)) return fuzzyBest;
    return fuzzyMatch(tied, surface)?.item ?? tied[0];
  };

  // A word one slip from a stem the report has though from none of the forms it writes ("invst":
  // the report writes "invested", "investment"; its stem "invest" is a letter from the word typed).
  const stemSlipMatch = (stemmed: string): string | undefined => {
    if (stemmed.length < MIN_STEM_SLIP_LENGTH) return undefined;
    const tied = likeliest(oneSlipAway(stemmed, hasTerm));
    return tied.length === 1 ? tied[0]!.word : undefined;
  };

  const correct = (surface: string, stemmed: string): Resolved | undefined => {
    const candidates = shortlist(surface);
    const best = fuzzyMatch(candidates, surface);
    const slipped = slipMatch(surface, best?.item);
    if (slipped !== undefined) return found(slipped, best?.item === slipped ? best.score! : undefined);
    const stemSlipped = stemSlipMatch(stemmed);
    if (stemSlipped !== undefined) return { kind: "term", term: stemSlipped, quality: SWAP_QUALITY };
    const word = best?.item ?? oneEditMatch(candidates, surface);
    if (word === undefined) return undefined;
    return found(word, best?.score);
  };
  const found = (word: string, score: number | undefined): Resolved =>
    STOPWORDS.has(word)
      ? { kind: "filler" }
      : {
          kind: "term",
          term: vocabulary.get(word)!,
          quality: score !== undefined ? fuzzyQuality(score) : SWAP_QUALITY,
        };

  const cache = new Map<string, Resolved | undefined>();
  return (surface, stemmed) => {
    if (hasTerm(stemmed)) return { kind: "term", term: stemmed, quality: 1 };
    if (surface.length < FUZZY_MIN_LENGTH || /^\d/.test(surface) || hasHan(surface)) return undefined;
    return getOrInsertComputed(cache, surface, () => {
      if (cache.size >= CORRECTION_CACHE_MAX) cache.clear();
      return correct(surface, stemmed);
    });
  };
}
