// Names a sentence gives, for questions that ask "which counties…", "who…", "what were the
// programmes…": the items of a "namely …" or "including …" list, quoted titles, and capitalised
// names ("China Foundation for Poverty Alleviation"). Read from the sentence as written, so every
// name is quoted with its source.

// Words that may sit inside a capitalised name without a capital ("Office of Poverty Alleviation and Development").
const NAME_JOINERS = new Set(["of", "and", "for", "the", "on", "in", "to", "de"]);
const LIST_LEAD = /\b(?:namely|including|such as|as follows|through the implementation of)\s*:?\s+/i;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const capitalised = (w: string) => /^[A-Z]/.test(w);
const QUOTED = /[“"]([^”"]{3,120})[”"]/g;
const LEADING_WORDS = new Set([
  "on",
  "from",
  "in",
  "the",
  "by",
  "as",
  "at",
  "since",
  "until",
  "after",
  "before",
  "during",
  "with",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "meanwhile",
  "currently",
]);
/** A list item longer than this is a clause, not a name. */
const MAX_ITEM_WORDS = 8;

/** The items of the first "namely / including / such as …" list in a sentence. */
function listItems(sentence: string): string[] {
  const m = LIST_LEAD.exec(sentence);
  if (!m) return [];
  const rest =
    sentence
      .slice(m.index + m[0].length)
      .split(/[;:.]|,\s*(?=the\s|which\s|who\s|covered\b|involved\b)/i)[0] ?? "";
  // "A, B, C and D": split on commas and the last "and", but an item's own "and" ("villages and enterprises") stays
  // when it is not followed by another item's comma-separated run.
  // "and" separates two items when both are names ("Queshan County and Fan County") or it is the list's last.
  const parts = rest
    .split(/,\s*/)
    .flatMap((p, i, all) =>
      p.split(/\s+and\s+/).reduce<string[]>((out, piece) => {
        const prev = out[out.length - 1];
        const separate =
          prev === undefined || (capitalised(prev) && capitalised(piece)) || i === all.length - 1;
        if (prev !== undefined && !separate) out[out.length - 1] = `${prev} and ${piece}`;
        else out.push(piece);
        return out;
      }, []),
    )
    .map((p) => p.replace(/^(?:and|or)\s+/i, "").trim())
    // A name ends where the sentence goes on in lower case ("Sui County [covered 44 villages]").
    .map((p) => (capitalised(p) ? p.replace(/\s+(?![A-Z]|of\b|and\b|for\b|the\b)[a-z].*$/, "") : p))
    .filter(Boolean);
  // The list ends where an item turns into a clause ("… mutual funds, the income of farmers was increased").
  const items: string[] = [];
  for (const p of parts) {
    if (p.split(/\s+/).length > MAX_ITEM_WORDS || /\b(was|were|is|are|has|have|had)\b/.test(p)) break;
    items.push(p);
  }
  return items.length >= 2 ? items : [];
}

/** Capitalised names: runs of capitalised words, joined by of/and/for/the, not the sentence's first word alone. */
export function capitalisedNames(sentence: string): string[] {
  const tokens = sentence.split(/\s+/);
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && NAME_JOINERS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    // "On September …", "The World Bank …": a capitalised function word or month opens no name.
    while (
      run.length > 0 &&
      (LEADING_WORDS.has(run[0]!.toLowerCase()) || MONTHS.test(run[0]!.replace(/[^A-Za-z]/g, "")))
    )
      run.shift();
    if (run.length >= 2) names.push(run.join(" ").replace(/[,;:.)”"]+$/, ""));
    run = [];
  };
  tokens.forEach((raw, i) => {
    const t = raw.replace(/^[(“"‘]+/, "");
    const capital =
      /^[A-Z][\p{L}’'-]*[,;:.)”"]*$/u.test(t) &&
      !(i === 0 && run.length === 0 && !/^[A-Z][a-z]+$/.test(tokens[1] ?? ""));
    if (capital) {
      run.push(t);
      if (/[,;:.)”"]$/.test(t)) flush();
    } else if (
      t.toLowerCase() === "and" &&
      /^the$/i.test(tokens[i + 1] ?? "") &&
      /^[A-Z]/.test(tokens[i + 2] ?? "")
    )
      flush();
    else if (run.length > 0 && NAME_JOINERS.has(t.toLowerCase())) run.push(t);
    else flush();
  });
  flush();
  return names;
}

/** The names a sentence gives; `kind` narrows them ("county" keeps county names). */
export function namesIn(sentence: string, kind?: string): string[] {
  const listed = listItems(sentence);
  const quoted = [...sentence.matchAll(QUOTED)].map((m) => m[1]!.trim());
  const found = listed.length > 0 ? listed : quoted.length > 0 ? quoted : capitalisedNames(sentence);
  const ofKind = (n: string) => new RegExp(`\\b${kind}`, "i").test(n);
  // A "namely" list with one item of the kind is a list of that kind ("Fengqiu, Guangshan and Shangcai County").
  if (!kind || (listed.length > 0 && listed.some(ofKind))) return [...new Set(found)];
  return [...new Set(found.filter(ofKind))];
}
