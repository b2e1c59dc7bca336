// Part-of-speech tags (wink-nlp with its bundled English model; nothing is downloaded), for report
// sentences here and for questions in src/answering/background.ts: one loaded model for both. It
// takes about 0.6 s to load, so it loads on first use: a report whose every figure carries a curated
// label, asked in everyday words, never loads it.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** One word of a sentence: its text, universal POS tag, lemma, and offsets in the sentence. */
export type Token = { text: string; pos: string; lemma: string; start: number; end: number };

type WinkTokens = { out(its?: unknown): string[] };
export type Wink = {
  readDoc(text: string): { tokens(): WinkTokens };
  its: { pos: unknown; lemma: unknown; type: unknown };
};
let wink: Wink | undefined;

/** The one wink-nlp instance, loaded on first use. */
export function winkModel(): Wink {
  wink ??= (require("wink-nlp") as (model: unknown) => Wink)(require("wink-eng-lite-web-model"));
  return wink;
}

/** The sentence's tokens with offsets; a token wink reshaped (not found verbatim) takes the gap. */
export function tagSentence(sentence: string): Token[] {
  const nlp = winkModel();
  const tokens = nlp.readDoc(sentence).tokens();
  const texts = tokens.out();
  const pos = tokens.out(nlp.its.pos);
  const lemma = tokens.out(nlp.its.lemma);
  const out: Token[] = [];
  let at = 0;
  for (const [i, text] of texts.entries()) {
    const found = sentence.indexOf(text, at);
    // A token never lies far ahead of the previous one: a miss must not jump across the sentence.
    const start = found >= 0 && found - at <= 3 ? found : at;
    const end = found === start ? start + text.length : Math.min(sentence.length, start + text.length);
    out.push({ text, pos: pos[i] ?? "X", lemma: (lemma[i] ?? text).toLowerCase(), start, end });
    at = end;
  }
  return out;
}
