// Breakdown items that write their name before their figure and no verb between: "Of which: (1)
// provincial funds, RMB 520 million; (2) county funds, RMB 80 million", "Including: road building
// 1,200 households; water supply 860 households", and the gapped list "provincial funds were N,
// county funds M and bank loans K", where only the first item writes its verb. The item's name is
// what its figure is; without this reading the figure had no label of its own (the bare figure, or
// the first item's label read for every item). (label-colon-row.ts reads "Name: figure" rows.)
import type { Context, FigureSpan } from "./label-figure.js";
import { text } from "./label-lists.js";
import type { Token } from "./nlp.js";

/** An item's name is a phrase of a few words: a longer run is a clause. */
const NAME_MAX_TOKENS = 14;
/** What ends an item: the next item, the sentence's end. */
const ITEM_END = new Set([";", ".", "；", "。", ","]);
/** What opens a row of a breakdown on its own: a list's lead or the row before it. */
const ROW_OPENER = new Set([";", ":", "；", "："]);
/** Parts of speech a name is made of (a participle may qualify it: "funds raised by villagers"). */
const NAME_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "ADP", "VERB", "PART", "CCONJ", "PUNCT"]);
const NAME_HEAD = new Set(["NOUN", "PROPN"]);

/** "(2)" ending at `close`: a list marker. */
const isMarker = (tokens: Token[], close: number) =>
  tokens[close]?.text === ")" && tokens[close - 1]?.pos === "NUM" && tokens[close - 2]?.text === "(";

type Opener = "marker" | "row" | "list";
type Item = { name: Token[]; opener: Opener; openerAt: number; comma: boolean };

/**
 * The item whose figure starts at token `first`: its name (the words back to the item's opener,
 * a bracketed aside kept whole), its opener (a list marker "(2)", a row opener ";" or ":", or
 * "list": a comma or an "and" right after the figure before) and where the opener stands, and
 * whether a comma stands between name and figure. Undefined when the words before the figure are
 * no noun phrase so opened.
 */
function itemBefore(tokens: Token[], first: number): Item | undefined {
  const comma = tokens[first - 1]?.text === ",";
  const end = comma ? first - 2 : first - 1;
  if (!NAME_HEAD.has(tokens[end]?.pos ?? "") && tokens[end]?.text !== ")") return undefined;
  let i = end;
  let depth = 0;
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.text === ")") {
      if (depth === 0 && isMarker(tokens, i)) break;
      depth++;
      continue;
    }
    if (t.text === "(") {
      if (depth === 0) return undefined;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (ROW_OPENER.has(t.text) || t.text === "," || t.pos === "NUM" || t.pos === "AUX" || t.pos === "PRON")
      break;
    if (!NAME_POS.has(t.pos) && t.text !== "-") return undefined;
  }
  const at = tokens[i];
  let from = i + 1;
  // "…; and housing for border residents 2,610 households", "…, and funds raised by villagers N":
  // the list's last "and" opens the item.
  const and = tokens[from]?.lemma === "and";
  if (and) from++;
  let opener: Opener;
  if (!at) return undefined;
  if (isMarker(tokens, i)) opener = "marker";
  else if (ROW_OPENER.has(at.text)) opener = "row";
  else if (at.text === "," || (at.pos === "NUM" && and)) opener = "list";
  else return undefined;
  const name = tokens.slice(from, end + 1);
  if (name.length === 0 || name.length > NAME_MAX_TOKENS) return undefined;
  // A name opens on what it names: no preposition ("By the end of December, N …").
  if (!["NOUN", "PROPN", "ADJ", "DET", "VERB"].includes(name[0]!.pos)) return undefined;
  if (!name.some((t) => NAME_HEAD.has(t.pos))) return undefined;
  // A verb right after a noun is the clause's own ("the region built"), not a participle of the
  // name, unless a preposition follows it ("funds raised by villagers").
  const finite = name.some(
    (t, k) => k > 0 && t.pos === "VERB" && NAME_HEAD.has(name[k - 1]!.pos) && name[k + 1]?.pos !== "ADP",
  );
  if (finite) return undefined;
  return { name, opener, openerAt: at.pos === "NUM" ? i + 1 : i, comma };
}

/** Whether the figure ending before token `after` ends its item (the next item or the sentence follows). */
const endsItem = (tokens: Token[], after: number) =>
  after >= tokens.length || ITEM_END.has(tokens[after]!.text) || tokens[after]!.lemma === "and";

/**
 * Whether the figure before, ending right at the item's opener, is an item of the same list: the
 * list's first item "<name> were N", or an item named as this one is.
 */
function listGoesOn(tokens: Token[], ctx: Context, kind: string, openerAt: number): boolean {
  const prev = (ctx.figures ?? [])
    .slice(0, ctx.index ?? 0)
    .filter((f) => f.kind === kind)
    .at(-1);
  if (!prev || tokens.findIndex((t) => t.start >= prev.end) !== openerAt) return false;
  const start = tokens.findIndex((t) => t.end > prev.start);
  if (tokens[start - 1]?.lemma === "be" && NAME_HEAD.has(tokens[start - 2]?.pos ?? "")) return true;
  const item = itemBefore(tokens, start);
  return (
    !!item &&
    !item.comma &&
    (item.opener === "list"
      ? listGoesOn(tokens, { ...ctx, index: ctx.figures!.indexOf(prev) }, kind, item.openerAt)
      : true)
  );
}

/**
 * The label of a breakdown item written "<name>, <figure>" after a list marker or row opener, or
 * "<name> <figure>" as a row or a gapped item of a list whose first item writes "<name> were N":
 * the name. Undefined for a figure of any other shape.
 */
export function namedItemLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): string | undefined {
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < fig.end) last++;
  if (!endsItem(tokens, last + 1)) return undefined;
  const item = itemBefore(tokens, first);
  if (!item) return undefined;
  // "(2) county funds, RMB 80 million;": a comma between name and figure only in a marked row.
  if (item.comma && item.opener === "list") return undefined;
  if (item.opener === "list" && !listGoesOn(tokens, ctx, fig.kind, item.openerAt)) return undefined;
  const name = text(item.name);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
