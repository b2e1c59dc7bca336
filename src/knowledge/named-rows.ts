// A short list written as lines of a name and its figures, after a line that says what they are:
//   The relocated households by city were:
//   Xuzhou: 3,150 households, 11,280 people
//   Suqian: 2,460 households, 8,730 people
// Sections are flattened into sentences, so the lines run together ("… people Suqian: 2,460 …") and
// no grammar can tell whose figures follow which name. Each figure of such a row is the list's
// measure for the row's name: "Relocated households by city: Suqian (people)".

/** A row's name: one to three capitalised words ("Huai'an", "Lianyungang City"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
/** One figure of a row: a number, a size word, and its noun ("11,280 people", "56 million Yuan"). */
const FIGURE = String.raw`\d[\d,.]*(?: (?:thousand|million|billion))? (?:Yuan|[a-z][a-z-]*)`;
const ROW = new RegExp(`(${NAME}): (${FIGURE}(?:, ${FIGURE})*)(?= |$)`, "gu");

/** Rows a list needs: one "Name: N" is an ordinary clause ("Hotline: 12317"). */
const MIN_ROWS = 2;

export type NamedRow = { name: string; start: number; end: number };
export type NamedRows = { title: string; rows: NamedRow[] };

/**
 * The rows of a named list in a sentence and the list's title (the words before its first row, to
 * the clause's start, without "The" and a closing "were:"), or undefined when the sentence holds
 * fewer than two such rows one right after another.
 */
export function namedRows(sentence: string): NamedRows | undefined {
  const rows: NamedRow[] = [];
  for (const m of sentence.matchAll(ROW)) {
    const row = { name: m[1]!, start: m.index!, end: m.index! + m[0].length };
    // Rows follow one another with only a space between them; a row further on starts a new list.
    const last = rows.at(-1);
    if (last && sentence.slice(last.end, row.start).trim() !== "") break;
    rows.push(row);
  }
  if (rows.length < MIN_ROWS) return undefined;
  const lead = sentence.slice(0, rows[0]!.start);
  // The title ends with a colon: "… by city were:", "Relocated households:".
  const m = /([^.;:!?]*?)\s*(?:(?:were|are|was|is|as follows)\s*)?:\s*$/u.exec(lead);
  const title = m?.[1]
    ?.replace(/^.*,\s*/, "")
    .replace(/^(?:the|these|those)\s+/i, "")
    .trim();
  if (!title || !/\p{L}/u.test(title)) return undefined;
  return { title: title.charAt(0).toUpperCase() + title.slice(1), rows };
}

/** The row a figure at `index` of the sentence stands in, if any. */
export function rowAt(list: NamedRows, index: number): NamedRow | undefined {
  return list.rows.find((r) => index > r.start && index < r.end);
}

/**
 * The label of a figure of a row: the list's title and the row's name, and the figure's unit when
 * the title names another noun ("Relocated households by city: Suqian (people)").
 */
export function rowLabel(list: NamedRows, row: NamedRow, unit: string): string {
  const head = list.title.toLowerCase().split(/\s+/);
  const named = head.some((w) => w === unit.toLowerCase() || w === `${unit.toLowerCase()}s`);
  return `${list.title}: ${row.name}${named ? "" : ` (${unit})`}`;
}
