// The words one typing slip away from a typed word, each with the kind of slip. A fuzzy score
// (fuse.js's bitap) ranks "laeding" nearer "laying" than "leading" and "amout" nearer "about"
// than "amount", though each is one slip from the word meant: people drop a letter or swap two far
// more often than they type two wrong ones. So a misspelt word is first looked for among the words
// one slip away, the likeliest kind of slip first, and only then by the fuzzy score.

/** Kinds of slip, likeliest first (smaller is likelier). */
export const SLIP = {
  /** A letter left out ("invst" for "invest", "amout" for "amount"). */
  dropped: 0,
  /**
   * A key beside the one meant on the same row ("persin" for "person", "licing" for "living"): as
   * common as two letters swapped, far commoner than any other wrong letter. Ranked with any wrong
   * letter, "persin" read as the everyday "persian" in a report about poor persons.
   */
  neighbour: 1,
  /** Two neighbouring letters swapped ("laeding"). */
  swapped: 1,
  /**
   * A letter typed twice ("monney"): a key held or struck twice, as common as a swap. Ranked after
   * a key beside, "countties" read as the everyday "countries" in a report about counties.
   */
  doubled: 1,
  /**
   * The wrong letter of a word doubled ("supossed" for "supposed", "tommorow" for "tomorrow"): a
   * spelling slip people make about words with a double letter, likelier than a random wrong
   * letter. Two edits, but one mistake.
   */
  movedDouble: 2,
  /** One letter typed for another ("fonds"). */
  wrong: 3,
  /** A stray letter that is not a neighbour's double ("sport" typed "suport" is no stray: it is dropped). */
  stray: 4,
} as const;
export type Slip = (typeof SLIP)[keyof typeof SLIP];

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
// The rows of a QWERTY keyboard, the layout the reports' readers type on.
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
// Each pair of keys side by side, both ways round ("rt", "tr"): one lookup per letter tried.
const BESIDE = new Set(ROWS.flatMap((row) => [...row.slice(1)].flatMap((k, i) => [row[i] + k, k + row[i]])));
const beside = (a: string, b: string) => BESIDE.has(a + b);
/**
 * Longer than any word a report or English writes, one slip included: a longer token is no
 * misspelling. Trying every slip costs about 54 strings of its length per letter, quadratic in it,
 * and a pasted run of thousands of letters held the process for seconds.
 */
export const LONGEST_WORD = 32;

/**
 * The words `has` knows that are one slip away from `typed` (lower-case letters), each with its
 * likeliest slip, likeliest first; in each kind, in the order the slips were tried (left to right).
 * About 54 lookups per letter: cheap enough to try every one, so no word one slip away is missed
 * the way a shortlist by shared trigrams misses a short word with two letters swapped.
 */
export function oneSlipAway(typed: string, has: (word: string) => boolean): { word: string; slip: Slip }[] {
  if (typed.length > LONGEST_WORD) return [];
  const found = new Map<string, Slip>();
  // The first letter is the one people seldom get wrong: a slip there is the least likely kind
  // ("rutal" is "rural" with a key beside, not "brutal" with its first letter left out).
  const add = (word: string, kind: Slip) => {
    if (word === typed || !has(word)) return;
    const slip = word[0] !== typed[0] ? SLIP.stray : kind;
    const before = found.get(word);
    if (before === undefined || slip < before) found.set(word, slip);
  };
  for (let i = 0; i <= typed.length; i++)
    for (const c of LETTERS) add(typed.slice(0, i) + c + typed.slice(i), SLIP.dropped);
  for (let i = 0; i + 1 < typed.length; i++)
    add(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2), SLIP.swapped);
  for (let i = 0; i < typed.length; i++) {
    const without = typed.slice(0, i) + typed.slice(i + 1);
    add(without, typed[i] === typed[i - 1] || typed[i] === typed[i + 1] ? SLIP.doubled : SLIP.stray);
    for (const c of LETTERS)
      if (c !== typed[i])
        add(typed.slice(0, i) + c + typed.slice(i + 1), beside(c, typed[i]!) ? SLIP.neighbour : SLIP.wrong);
  }
  // A double letter typed where the word has a single one, and a single where it has a double.
  for (let i = 0; i + 1 < typed.length; i++) {
    if (typed[i] !== typed[i + 1]) continue;
    const single = typed.slice(0, i) + typed.slice(i + 1);
    for (let j = 0; j < single.length; j++)
      if (j !== i && single[j] !== single[j - 1] && single[j] !== single[j + 1] && /[a-z]/.test(single[j]!))
        add(single.slice(0, j + 1) + single.slice(j), SLIP.movedDouble);
  }
  return [...found].map(([word, slip]) => ({ word, slip })).sort((a, b) => a.slip - b.slip);
}

/** The words of the likeliest kind of slip among `found` (all of them when they tie). */
export function likeliest<T extends { slip: Slip }>(found: readonly T[]): T[] {
  return found.filter((f) => f.slip === found[0]?.slip);
}
