// A Chinese question may open with what came first, a clause ending in 后 / 以后 / 之后 ("after"),
// and then ask about what followed: 项目验收以后有多少户搬进了新房 (after the projects were checked,
// how many households moved into new houses). The action of that clause is when, not what is
// counted: the report states it as a figure of its own (the projects checked), often of the same
// kind as the one asked, and read at full weight beside the question's other words its figure
// outranked the one asked ("N people trained" over "after the training, M people found jobs").
// English puts such a clause first too, but its verbs are seldom the report's nouns; a Chinese
// action is glossed into the very noun a report labels its own figure with.
import { termsOf } from "./search-index.js";
import { taggedWords } from "./zh-gloss.js";

// jieba tags a time localizer f: 后, 以后, 之后.
const AFTER = /^(?:后|以后|之后)$/;
// An action: verbs and verbal nouns (培训 vn, 结束 v, 完 v), and Han runs jieba does not know (x).
const ACTION_TAG = /^(?:v|vn|x)$/;
// The asking part after the clause: a question word.
const ASKS = /多少|几|是否|吗|哪/;

/**
 * The question without the actions of an opening "after" clause, the localizer with them; the
 * clause's words before the action (a programme's name, 雨露计划) stay, since they say whose figure
 * is asked. The question is returned as written when no question word follows the clause, the
 * clause ends in no action, or nothing before the action names a programme of the report
 * (`namesProgramme`, zh-programme.ts).
 */
export function withoutPriorAction(question: string, namesProgramme?: (zh: string) => boolean): string {
  const found = priorActionIn(question, namesProgramme);
  return found ? `${found.before}${found.after}` : question;
}

/**
 * The action of an opening "after" clause that withoutPriorAction leaves out (培训 of
 * 雨露计划培训结束后), in Chinese; undefined when it leaves out nothing.
 */
export function priorAction(
  question: string,
  namesProgramme?: (zh: string) => boolean,
): { action: string; outcome: string } | undefined {
  const found = priorActionIn(question, namesProgramme);
  return found && { action: found.action, outcome: found.after };
}

function priorActionIn(
  question: string,
  namesProgramme?: (zh: string) => boolean,
): { before: string; action: string; after: string } | undefined {
  if (!/\p{Script=Han}/u.test(question)) return undefined;
  const words = taggedWords(question);
  const at = words.findIndex((w) => w.tag === "f" && AFTER.test(w.word));
  if (at <= 0) return undefined;
  const join = (from: number, to?: number) =>
    words
      .slice(from, to)
      .map((w) => w.word)
      .join("");
  if (!ASKS.test(join(at + 1))) return undefined;
  // The clause starts after the last comma before the localizer.
  let start = at;
  while (start > 0 && !/^[，,。；;]$/.test(words[start - 1]!.word)) start--;
  // The run of action words right before the localizer.
  let action = at;
  while (
    action > start &&
    ACTION_TAG.test(words[action - 1]!.tag) &&
    /\p{Script=Han}/u.test(words[action - 1]!.word)
  )
    action--;
  // Only an action of a programme the clause names before it (雨露计划培训: the Rain Plan's
  // training) is dropped: without such a name (扶贫搬迁后, 整村推进完成后) the action is itself the
  // programme whose figures follow, and says what is asked about.
  if (action === at || action === start || !namesProgramme?.(join(start, action))) return undefined;
  return { before: join(0, action), action: join(action, at), after: join(at + 1) };
}

/**
 * Whether a figure's label names the action the question gives as what came first and none of the
 * outcome asked after it (`prior`: search terms of each): "People trained" for 培训结束后有多少人就业了
 * is the training's own figure; "People trained that found jobs" is the outcome's.
 */
export function ofPriorAction(
  prior: { action: readonly string[]; outcome: readonly string[] } | undefined,
  label: string,
): boolean {
  if (!prior || prior.action.length === 0) return false;
  const own = new Set(termsOf(label));
  return prior.action.some((w) => own.has(w)) && !prior.outcome.some((w) => own.has(w));
}
