// `KNOWLEDGE_DIR=… npx tsx scripts/typo-slips.ts questions.jsonl`: how well the question respeller
// undoes generated slips. Every report word of five letters or more in the questions is misspelt
// each way one slip can (a letter dropped, two swapped, one doubled, a key beside on the same row;
// never the first letter), and each non-word is respelt: counts of right respellings by kind, then
// each wrong one. A measure of spelling, not of answers: use tuned sets only.
import { readFileSync } from "node:fs";
import { loadEngine } from "../src/answering/load-engine.js";
import { respelling } from "../src/answering/respell.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { stem } from "../src/text/words.js";

const file = process.argv[2];
if (file === undefined) {
  console.error("usage: npx tsx scripts/typo-slips.ts questions.jsonl");
  process.exit(2);
}
const index = loadEngine(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR).index;
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const beside = (c: string) => {
  const row = ROWS.find((r) => r.includes(c)) ?? "";
  const at = row.indexOf(c);
  return [row[at - 1], row[at + 1]].filter((k): k is string => k !== undefined);
};
const words = new Set<string>();
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const q = String(JSON.parse(line).q ?? "");
  for (const w of q.toLowerCase().match(/[a-z]+/g) ?? [])
    if (w.length >= 5 && index.vocabulary.has(w)) words.add(w);
}
const right = new Map<string, [number, number]>();
const wrong: string[] = [];
for (const w of words) {
  const slips: [string, string][] = [];
  for (let i = 1; i < w.length; i++) {
    slips.push(["drop", w.slice(0, i) + w.slice(i + 1)], ["double", w.slice(0, i) + w[i] + w.slice(i)]);
    for (const k of beside(w[i]!)) slips.push(["key", w.slice(0, i) + k + w.slice(i + 1)]);
    if (i + 1 < w.length && w[i] !== w[i + 1])
      slips.push(["swap", w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)]);
  }
  for (const [kind, typed] of slips) {
    if (index.vocabulary.has(typed)) continue;
    const meant = respelling(typed, index);
    const ok = meant !== undefined && stem(meant) === stem(w);
    const count = right.get(kind) ?? [0, 0];
    right.set(kind, [count[0] + (ok ? 1 : 0), count[1] + 1]);
    if (!ok) wrong.push(`${kind} ${w} ${typed} -> ${meant ?? "(left as typed)"}`);
  }
}
console.log([...right].map(([kind, [ok, all]]) => `${kind} ${ok}/${all}`).join(", "));
console.log(wrong.join("\n"));
