// A label must not run into the next figure. "signed 40 projects with a planned investment of RMB 9
// million", "donated 500 quilts worth RMB 80,000", "trained 300 people with a subsidy of RMB 200 each":
// the phrase after the count ("with a planned investment of", "worth") introduces the amount that
// follows, whose currency word opens that amount; it says nothing of the count. So is a verb right
// before the currency word ("the income of farmers in the 30 villages reached RMB 4,000"): it is the
// amount's predicate.

/** Currency words a written amount opens with. */
const CURRENCY = /^(?:RMB|Yuan|yuan|USD)$/;
/** Words that introduce an amount after a noun: "with (a total investment of)", "worth". */
const INTRODUCERS = new Set(["with", "worth"]);
/** Relative words left dangling once their verb is cut: "villages that (reached RMB)". */
const RELATIVES = new Set(["that", "which", "who", "where"]);
/** How far back from the currency word an introducer may stand: "with a total amount of RMB". */
const REACH = 6;

/** The label without a trailing phrase that introduces the next figure's amount; unchanged otherwise. */
export function withoutNextAmount(label: string): string {
  const words = label.split(" ");
  if (words.length < 3 || !CURRENCY.test(words.at(-1)!)) return label;
  let cut = -1;
  for (let i = words.length - 2; i >= Math.max(1, words.length - 1 - REACH); i--)
    if (INTRODUCERS.has(words[i]!.toLowerCase())) {
      cut = i;
      break;
    }
  // "reached RMB", "totalled Yuan": a past-tense verb right before the currency word.
  if (cut < 0 && /^[a-z]+ed$/.test(words.at(-2)!)) cut = words.length - 2;
  if (cut < 0) return label;
  while (cut > 1 && RELATIVES.has(words[cut - 1]!.toLowerCase())) cut--;
  return cut >= 1 ? words.slice(0, cut).join(" ") : label;
}
