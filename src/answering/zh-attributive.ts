// A glossary term may be rendered as the thing it stands for rather than as the word it is: 中央
// ("central") is rendered "central government", the authority, because a question asks what 中央
// gave. Right before another noun the same word only qualifies it (中央财政扶贫资金: central
// financial funds), and English writes the adjective alone ("Central financial anti-poverty
// funds"); the added noun ("government") stood in the question as a topic word and favoured a
// figure whose label names governments ("funds invested by governments at all levels") over the
// one the question names. Where the reports write the adjective so ("central financial"), the
// term is read so; where they name the authority ("funds from the central government"), as written.
import { relatedTo } from "./word-relations.js";
import { glossWord, taggedWords } from "./zh-gloss.js";

const NOUN_TAG = /^n$/;

/**
 * The reading of a glossary term that stands right before a noun: when jieba reads the term as a
 * common noun, the dictionary reads it as one English adjective, and the glossary's rendering opens
 * with that adjective and adds more (中央: "central" of "central government"), the adjective alone;
 * otherwise the rendering as written (贫困户 "poor households", 第一批 "first batch": a numeral).
 */
export function attributiveReading(term: string, rendering: string): string {
  const words = rendering.trim().split(/\s+/);
  if (words.length < 2) return rendering;
  const tagged = taggedWords(term);
  if (tagged.length !== 1 || !NOUN_TAG.test(tagged[0]!.tag)) return rendering;
  const adjective = glossWord(term, "n").toLowerCase();
  if (!adjective || adjective.includes(" ") || words[0]!.toLowerCase() !== adjective) return rendering;
  return relatedTo(adjective).some((r) => r.pos === "adjective") ? words[0]! : rendering;
}

/** Whether the Chinese text opens with a common noun, as jieba reads it (财政扶贫资金: 财政 is no name). */
export function opensWithNoun(text: string): boolean {
  const first = taggedWords(text)[0];
  return (
    !!first &&
    /\p{Script=Han}/u.test(first.word) &&
    /^n[a-z]?$/.test(first.tag) &&
    !/^n[rst]$/.test(first.tag)
  );
}

/** Whether the knowledge writes one word right before another (lower case), as a test made once per text. */
export type WritesBefore = (word: string, next: string) => boolean;

/** The test of WritesBefore over sentences: each pair of neighbouring words, lower case. */
export function writtenPairs(sentences: Iterable<string>): WritesBefore {
  const pairs = new Set<string>();
  for (const s of sentences) {
    const words = s.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return (word, next) => pairs.has(`${word.toLowerCase()} ${next.toLowerCase()}`);
}
