// Some translators group thousands with a space, as French and ISO typesetting do: "417 000 people",
// "3 125 km", "2 760 000 yuan". Within one sentence "5 100 villages" could be two numbers side by
// side, so numbers.ts reads a plain space as a group separator only before a currency. But the
// habit belongs to the page, not to the sentence: a page that writes "15 000 yuan" also writes
// "17 305 households". When a page shows the habit, and does not group thousands by commas more
// often, every space inside such a group is made a thin space (U+2009), the typesetter's own
// thousands separator, which numbers.ts reads as a group separator anywhere. The page looks the
// same, and the quote a reply cites still reads as the page wrote it.

/** The typesetter's thousands separator: digits joined by it are one number wherever they stand. */
export const THIN_SPACE = "\u2009";

// A head of one to three digits and up to four groups of three, not inside a longer number or a
// decimal ("2.345 678"), nor followed by more digits or a comma group. Bounded, so a long run of
// spaced digits is scanned a bounded distance from each start.
const SPACED_GROUPS = /(?<![\d.,])\d{1,3}(?: \d{3}){1,4}(?![\d,]|\.\d)/g;
// The unambiguous sign of the habit: spaced groups right before a currency ("15 000 yuan").
const SPACED_BEFORE_CURRENCY = /(?<![\d.,])\d{1,3}(?: \d{3}){1,4}(?:\.\d+)?\s*(?:yuan|rmb|cny)\b/i;
const COMMA_GROUPS = /\d,\d{3}(?!\d)/g;

/** The page with the spaces inside its space-grouped numbers made thin spaces, if it has the habit. */
export function markSpacedThousands(text: string): string {
  if (!SPACED_BEFORE_CURRENCY.test(text)) return text;
  const spaced = text.match(SPACED_GROUPS)?.length ?? 0;
  const commas = text.match(COMMA_GROUPS)?.length ?? 0;
  if (commas >= spaced) return text;
  return text.replace(SPACED_GROUPS, (number) => number.replaceAll(" ", THIN_SPACE));
}
