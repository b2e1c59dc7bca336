// A Chinese question that opens with its topic: "整村推进项目中，中央和省级财政投入了多少钱？" (in the
// entire village advancement projects, how much did the central and provincial governments put in).
// Chinese states first, before a comma, what the rest is about, with a localizer (中, 里, 方面, 上):
// the figure asked for is one of that programme's. Read as words among the others, the topic's words
// weighed no more than the giver's, and the same givers' figure of another programme, whose label
// names them, ranked first.
import { sectionKey } from "../knowledge/section-key.js";
import type { RankedEntry } from "./rank.js";
import type { Question } from "./understand.js";

// The opening clause up to its localizer and the comma after it.
const TOPIC = /^\s*([^，,。？?]{2,24}?)(?:之中|当中|里面|中|里|方面|上)\s*[，,]/u;

// Chinese may also state the topic bare, as a phrase before the comma ("河南2011年整村推进项目，中央和
// 省级财政一共出了多少钱？"): an opening clause that neither asks (no question word) nor states a figure
// (no number but a year's) only names what the rest is about.
const BARE_TOPIC = /^\s*([^，,。？?]{2,24})\s*[，,]/u;
const ASKS_OR_STATES = /多少|几|吗|什么|哪|是否|怎|呢|\d+(?!\d*\s*年)/u;

/** The topic a Chinese question opens with, or undefined. */
export function chineseTopic(raw: string): string | undefined {
  const bare = BARE_TOPIC.exec(raw)?.[1];
  const topic = TOPIC.exec(raw)?.[1] ?? (bare && !ASKS_OR_STATES.test(bare) ? bare : undefined);
  return topic && /\p{Script=Han}/u.test(topic) ? topic : undefined;
}

// Only among the few figures that match about as well as the first.
const CANDIDATES = 5;

/**
 * The ranking with the best figure of the topic's programme first, when the first figure is of
 * another section and that one covers as much of the question; else the ranking as it was.
 */
export function topicFirst(q: Question, ranked: RankedEntry[]): RankedEntry[] {
  const sections = q.topicSections;
  const top = ranked[0];
  if (!sections || sections.size === 0 || !top) return ranked;
  const inTopic = (r: RankedEntry) => sections.has(sectionKey(r.entry.report, r.entry.section));
  if (inTopic(top)) return ranked;
  const found = ranked.slice(1, CANDIDATES).find((r) => inTopic(r) && r.coverage >= top.coverage);
  return found ? [found, ...ranked.filter((r) => r !== found)] : ranked;
}
