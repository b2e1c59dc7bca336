// Amounts people write in words before a scale word ("more than one million", "a thousand",
// "twenty-five thousand", "half a million"): read as digits, so a bound or an amount stated in
// words is the same number as one stated in digits. Only a number word directly before a scale
// word is read: "one" alone is a pronoun as often as a number ("which one", "one of the counties").

/** English cardinal words and their values: one source for reading reports and questions. */
export const CARDINALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

// Below twenty (and "a", as in "a million"), and the tens a unit may follow ("twenty-five").
const UNITS: Record<string, number> = {
  a: 1,
  ...Object.fromEntries(Object.entries(CARDINALS).filter(([, v]) => v < 20)),
};
const TENS: Record<string, number> = Object.fromEntries(
  Object.entries(CARDINALS).filter(([, v]) => v >= 20 && v < 100),
);
const DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine";

const AMOUNT_IN_WORDS = new RegExp(
  String.raw`\b(?:(half an?)|(${Object.keys(TENS).join("|")})(?:[- ](${DIGIT_WORD}))?|(${Object.keys(UNITS).join("|")}))\s+(hundred|thousand|million|billion)\b`,
  "gi",
);

/** The text with each amount written in words before a scale word in digits ("one million" → "1 million"). */
export function amountsInDigits(text: string): string {
  return text.replace(
    AMOUNT_IN_WORDS,
    (
      _all,
      half: string | undefined,
      tens: string | undefined,
      unit: string | undefined,
      alone: string | undefined,
      scale: string,
    ) => {
      const n = half
        ? 0.5
        : tens
          ? TENS[tens.toLowerCase()]! + (unit ? UNITS[unit.toLowerCase()]! : 0)
          : UNITS[alone!.toLowerCase()]!;
      return `${n} ${scale}`;
    },
  );
}
