// How a year is written: four digits, 1900–2099. One pattern for the extractor, the coverage
// check, the question reader and the arithmetic, so a number is a year everywhere or nowhere.

/** Regular-expression source of a year, without a capture group: embed it (`\\b${YEAR}\\b`). */
export const YEAR = String.raw`(?:19|20)\d\d`;

const YEAR_ALONE = new RegExp(`^${YEAR}$`);
/** Whether a text is a year and nothing else ("2011"; not "2011年", not "12011"). */
export const isYearText = (text: string): boolean => YEAR_ALONE.test(text);

/** The months by name, January first: dates in reports are written with them ("October 31"). */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
