// Chinese verb-object words that a question splits with an aspect particle: 脱贫 "to lift out of
// poverty" written 脱了贫, 帮忙 written 帮了忙, 花钱 written 花了钱. Chinese lets such a word (离合词)
// take 了 or 过 between its verb and its object; apart, each character is glossed on its own (脱
// "to shed", 贫 "poor") and the word the report's figure is labelled with is lost.
import type { Glossary } from "../knowledge/glossary.js";
import { isDictionaryVerb, taggedWords } from "./zh-gloss.js";

// jieba's tags of the aspect particles 了 (ul) and 过 (ug).
const ASPECT_TAG = /^u[lg]$/;
const ASPECT = /^[了过]$/;
// jieba's tag of a run its dictionary lacks, which it cuts by guess (建了).
const GUESSED_TAG = "x";
const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * The text with each verb-object word that an aspect particle splits written whole (脱了贫 → 脱贫):
 * the character before 了 or 过 and the one after it, when together they are a glossary term or a
 * dictionary word with a verb sense. The characters are read around the particle, not as jieba's
 * words: its guess at a run its dictionary lacks often glues the particle or the verb to a
 * neighbour (人脱 了 贫, 建了 房). A 了 or 过 inside a dictionary word (了解, 超过) is no particle, and
 * a particle after a whole verb (解决了, 花了多少) splits nothing.
 */
export function joinSeparableVerbs(text: string, glossary: Glossary): string {
  if (!/[了过]/.test(text)) return text;
  let terms: Set<string> | undefined;
  let out = "";
  let at = 0;
  for (const { word, tag } of taggedWords(text)) {
    const particle = ASPECT_TAG.test(tag) || tag === GUESSED_TAG;
    for (let i = at; i < at + word.length; i++) {
      const [verb, object] = [text[i - 1] ?? "", text[i + 1] ?? ""];
      if (particle && ASPECT.test(text[i]!) && HAN_CHAR.test(verb) && HAN_CHAR.test(object)) {
        terms ??= new Set(glossary.terms.map(([zh]) => zh));
        if (terms.has(verb + object) || isDictionaryVerb(verb + object)) continue;
      }
      out += text[i];
    }
    at += word.length;
  }
  return out;
}
