// A figure restated in another unit right after itself: "1.62 million mu (108,000 hectares)",
// "13,700 mu (about 913 hectares)", "12 km (7.5 miles)". The bracketed figure measures the same
// thing as the one before the bracket, so it takes that figure's label; read by clauseLabel in
// labels.ts before any rule that would read the bracket's neighbours as its noun.
import type { Before, Context, FigureSpan } from "./label-figure.js";
import { countedNoun, lastToken } from "./label-figure.js";
import { FILLERS } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/**
 * The label of the figure this one restates: the figure alone in brackets (a bound word such as
 * "about" may open them), the figure before the opening bracket of the same kind and ending right
 * there. Undefined for any other shape, or when that figure has no label read from its grammar.
 */
export function restatedLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): string | undefined {
  if (!ctx.figures || ctx.index === undefined || ctx.index === 0) return undefined;
  let open = first - 1;
  while (open > 0 && FILLERS.has(tokens[open]!.lemma)) open--;
  if (tokens[open]?.text !== "(" || tokens[lastToken(tokens, fig, first) + 1]?.text !== ")") return undefined;
  const restated = ctx.figures[ctx.index - 1]!;
  if (restated.kind !== fig.kind || tokens[open - 1]?.end !== restated.end) return undefined;
  const label = ctx.before?.at(-1);
  if (!label?.read || label.kind !== fig.kind) return undefined;
  const same = label.label.replace(/\s*\(total\)$/, "");
  return recounted(same, label, fig) ?? same;
}

/**
 * "3,100 households (11,900 people) were moved down from the hills": a count restated by a count of
 * another noun counts those, so acted on: the earlier label with its counted noun swapped for the
 * bracket's ("People moved down from the hills"). A count of acts ("N person-times") counts the same
 * people again and keeps the earlier label; so does one whose label does not open on its noun.
 */
function recounted(same: string, earlier: Before, fig: FigureSpan): string | undefined {
  const own = countedNoun(fig);
  const head = earlier.head;
  if (!own || !head || /\btimes$/i.test(own) || own.toLowerCase() === head.toLowerCase()) return undefined;
  if (!same.toLowerCase().startsWith(head.toLowerCase())) return undefined;
  return `${own.charAt(0).toUpperCase()}${own.slice(1)}${same.slice(head.length)}`;
}
