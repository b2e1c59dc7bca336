// British and American English spell many words differently by a handful of regular patterns
// (metre/meter, labour/labor, organise/organize, travelled/traveled, defence/defense). A report
// uses one spelling and a reader may write the other; both mean the same word, so a question word
// the report lacks is also tried in the other spelling. The caller keeps only a variant the report
// actually has, so a pattern that also fits an unrelated word ("hour") can never invent a match.

/** Each pattern both ways: [British ending, American ending], applied at the end of a word. */
const ENDINGS: readonly (readonly [RegExp, string, RegExp, string])[] = [
  // centre, metres, kilometre → center, meters, kilometer (a consonant before -re)
  [/([^aeiouy])re(s?)$/, "$1er$2", /([^aeiouy])er(s?)$/, "$1re$2"],
  // labour, labourers, favourite → labor, laborers, favorite
  [
    /our(s|ed|ing|er|ers|ite|ites|able)?$/,
    "or$1",
    /([^aeiou])or(s|ed|ing|er|ers|ite|ites|able)?$/,
    "$1our$2",
  ],
  // organise, organisation, organising → organize, organization, organizing
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1", /iz(e|es|ed|ing|ation|ations|er|ers)$/, "is$1"],
  // analyse → analyze
  [/ys(e|es|ed|ing)$/, "yz$1", /yz(e|es|ed|ing)$/, "ys$1"],
  // travelled, labelling → traveled, labeling
  [/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2", /([aeiou][^aeiou])(ed|ing|er|ers)$/, "$1l$2"],
  // defence, licence → defense, license
  [/ence(s?)$/, "ense$1", /ense(s?)$/, "ence$1"],
  // catalogue, dialogue → catalog, dialog
  [/ogue(s?)$/, "og$1", /og(s?)$/, "ogue$1"],
];

// Short words ("hour", "four", "acre") are whole words of their own, not spellings of another.
const MIN_LENGTH = 5;

/** The word in the other English spelling(s), by regular pattern; empty when none applies. */
export function spellingVariants(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || !/^[a-z]+$/.test(w)) return [];
  const out = new Set<string>();
  for (const [british, american, americanForm, britishForm] of ENDINGS) {
    if (british.test(w)) out.add(w.replace(british, american));
    if (americanForm.test(w)) out.add(w.replace(americanForm, britishForm));
  }
  out.delete(w);
  return [...out];
}
