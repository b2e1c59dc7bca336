// A question that names a whole and sets one of its givers aside ("of the village funds, leaving
// aside the central government's part, how much did the province give?"; Chinese 除去/除了…以外/
// 扣除 … 的部分) asks about what is left of that whole: a named giver's part of it, or, when no
// giver is named, all the rest. A figure that names the giver set aside is not its answer (it
// holds what the question excludes), nor is a figure from outside the whole, even when it names
// the giver asked. sources.ts applies this to the ranked figures; this module reads the question.

/**
 * The givers a question sets aside and the givers its asking clause names; with none named, it
 * asks for all the rest of the whole.
 */
export type SetAside = { aside: Set<string>; asked: Set<string> };

// Chinese givers: the levels of government and the masses, in the words a question uses for them,
// normalised to sources.ts's names. 市县 is both the city and the county level.
const ZH_GIVERS: [RegExp, string[]][] = [
  // 国家 before 重点 / 级贫困 is a rank (国家扶贫重点县, national key counties), not a giver.
  [/中央|国家(?!级?(?:扶贫)?重点|级贫困)/, ["central"]],
  [/省级|省里|省政府|省财政|省配套|省上/, ["provincial"]],
  [/市县/, ["city", "county"]],
  [/市级|市里|市政府|市财政/, ["city"]],
  [/县级|县里|县政府|县财政/, ["county"]],
  [/群众|农民自筹|自筹/, ["masses"]],
];
// English givers inside a phrase that sets them aside ("leaving aside the central part"): there a
// level's word alone names the giver, as it does in the words the set-aside phrase refers back to.
const EN_GIVERS: [RegExp, string[]][] = [
  [/\b(?:central|national|state)\b/i, ["central"]],
  [/\bprovinc(?:e|e's|ial)\b/i, ["provincial"]],
  [/\b(?:city|cities|municipal)\b/i, ["city"]],
  [/\bcount(?:y|ies)\b/i, ["county"]],
  [/\bmasses\b/i, ["masses"]],
];

const giversIn = (text: string, table: [RegExp, string[]][]) =>
  new Set(table.flatMap(([re, names]) => (re.test(text) ? names : [])));

/** The levels of government (and the masses) a text names by a level's word alone. */
export const levelGiversIn = (text: string): Set<string> => giversIn(text, EN_GIVERS);

/** Chinese verbs that set a part aside: take away, deduct, leave out, not count, not include. */
export const ZH_SET_ASIDE_VERBS = "除去|除了|除开|扣除|扣掉|减去|减掉|去掉|去除|不算|不计|不包括|不含";
// The set-aside verb and the phrase it governs, up to where the phrase closes: 以外 / 之外 / 的部分
// (the part of …) or a comma.
const ZH_SET_ASIDE = new RegExp(
  `(?:${ZH_SET_ASIDE_VERBS})([^，,。？?]{1,16}?)(?:的部分|部分|以外|之外|外|[，,])`,
  "u",
);
// English: a set-aside verb before what it sets aside ("leaving aside the central part", "once you
// take away the state's part"), or after it in the passive ("once the state's part is
// taken away").
const EN_SET_ASIDE = new RegExp(
  [
    String.raw`\b(?:apart from|aside from|leaving aside|setting aside|excluding|not counting|except(?: for)?|other than|minus|tak(?:e|ing) out|deduct(?:ing)?|subtract(?:ing)?)\s+([^,;?]{1,60}?)(?=[,;?]|$)`,
    String.raw`\b(?:once|after|when|with|if)\s+([^,;?]{1,60}?)\s+(?:is|are|was|were|has been|have been)\s+(?:taken out|set aside|excluded|deducted|subtracted|left out)\b`,
    // A condition that gives a giver's part as an amount ("…, how much did the province give if the
    // central government issued 2 million?"): that part is known, so the asking is about the rest.
    // Only with a number: "if the county raised more" states no part.
    String.raw`\b(?:if|given that|assuming(?: that)?|provided that)\s+([^,;?]{1,60}?\d[^,;?]{0,30}?)(?=[,;?]|$)`,
  ].join("|"),
  "i",
);

/**
 * The set-aside a question makes, when the phrase that sets something aside names a giver; else
 * undefined (a question without one, or one that sets aside something other than a giver).
 * `raw` is the question as asked, `english` the engine's English reading of it; `givers` reads
 * the givers an English asking clause names (sources.ts's reading: a level's word alone there is
 * often a place, "the county funds", not a giver).
 */
export function setAsideIn(
  raw: string,
  english: string,
  givers: (text: string) => Set<string>,
): SetAside | undefined {
  const zh = ZH_SET_ASIDE.exec(raw);
  if (zh) {
    const aside = giversIn(zh[1]!, ZH_GIVERS);
    if (aside.size === 0) return undefined;
    const asking = raw.slice(zh.index + zh[0].length);
    return { aside, asked: new Set([...giversIn(asking, ZH_GIVERS)].filter((g) => !aside.has(g))) };
  }
  const en = EN_SET_ASIDE.exec(english);
  if (!en) return undefined;
  // A condition names its giver as the asking clause would ("the central government"): a level's
  // word alone there is a place ("if 30 counties took part").
  const aside = en[3] !== undefined ? givers(en[3]) : giversIn(en[1] ?? en[2]!, EN_GIVERS);
  if (aside.size === 0) return undefined;
  const asking = english.slice(0, en.index) + english.slice(en.index + en[0].length);
  return { aside, asked: new Set([...givers(asking)].filter((g) => !aside.has(g))) };
}
