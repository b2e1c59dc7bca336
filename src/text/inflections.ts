// English's regular inflections, undone: the bases a written word may be a plural, a third person,
// a past or an -ing form of ("doled": dole; "revamps": revamp; "mapped": map; "carries": carry).
// A frequency list holds the forms people say most, and often lacks a rarer form of a word it has:
// undone, such a form is still recognisably that English word, not a misspelling.

// "-es" is a plural or third person only after a hissing sound ("boxes", "pushes"); after other
// letters the "e" is the base's own ("dole" + "s").
const HISSING = /(?:s|x|z|ch|sh)$/;

/**
 * The bases `word` is a regular inflection of, by its ending, each with the kind of form: "noun or
 * verb" for an -s form, "verb" for -ed and -ing. Every base spelling is tried (with and without a
 * dropped "e", a doubled consonant undone), so some are not words: the caller keeps those it knows.
 */
export function inflectedBases(word: string): { base: string; verb: boolean }[] {
  const w = word.toLowerCase();
  const out: { base: string; verb: boolean }[] = [];
  const add = (base: string, verb: boolean) => {
    if (base.length >= 2 && !out.some((o) => o.base === base)) out.push({ base, verb });
  };
  if (/ies$/.test(w)) add(`${w.slice(0, -3)}y`, false);
  else if (/es$/.test(w) && HISSING.test(w.slice(0, -2))) add(w.slice(0, -2), false);
  else if (/[^su]s$/.test(w)) add(w.slice(0, -1), false);
  for (const [suffix, stem] of [
    ["ied", (b: string) => `${b}y`],
    ["ed", (b: string) => b],
    ["ing", (b: string) => b],
  ] as const) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 1) continue;
    const b = w.slice(0, -suffix.length);
    add(stem(b), true);
    if (suffix !== "ied") {
      // "doled", "doling": the base's own final "e".
      add(`${b}e`, true);
      // "mapped", "mapping": a consonant doubled before the ending.
      if (/([b-df-hj-np-tv-z])\1$/.test(b)) add(b.slice(0, -1), true);
    }
  }
  return out;
}
