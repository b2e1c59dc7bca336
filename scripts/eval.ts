// Scores the engine on a question set (default: the public set in ../shared/eval) and prints
// accuracy per kind and overall, plus every miss with what was expected and what was said.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadEngine } from "../src/answering/load-engine.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { EvalQuestionSchema, scoreAnswer } from "../src/eval/score.js";
import { resolveFromRoot } from "../src/paths.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean", default: false }, quiet: { type: "boolean", default: false } } });
const file = resolveFromRoot(positionals[0] ?? "../shared/eval/questions.jsonl");
if (!existsSync(file)) {
  console.error(`no question file at ${file}`);
  process.exit(2);
}
const questions = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim()).map((l, i) => {
  const parsed = EvalQuestionSchema.safeParse(JSON.parse(l));
  if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
  return parsed.data;
});

const engine = loadEngine(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR);
const byKind = new Map<string, { right: number; total: number }>();
const misses: string[] = [];
for (const q of questions) {
  const answer = engine.answer(q.q);
  const result = scoreAnswer(q, answer);
  const k = byKind.get(q.kind) ?? { right: 0, total: 0 };
  k.total += 1;
  if (result.right) k.right += 1;
  else misses.push(`${q.id} [${q.kind}] ${q.q}\n    expected: ${result.expected}\n    got: ${answer.answered ? `${answer.value ?? answer.figure} ${answer.unit ?? ""} (${answer.section})` : "no answer"} — ${result.why}`);
  byKind.set(q.kind, k);
}
const right = [...byKind.values()].reduce((s, k) => s + k.right, 0);
const pct = (r: number, t: number) => `${((100 * r) / t).toFixed(1)}%`;
if (values.json) {
  console.log(JSON.stringify({ overall: right / questions.length, right, total: questions.length, kinds: Object.fromEntries(byKind) }));
} else {
  if (!values.quiet) for (const m of misses) console.log(`MISS ${m}`);
  for (const [kind, k] of [...byKind].sort()) console.log(`${kind.padEnd(12)} ${String(k.right).padStart(3)}/${String(k.total).padEnd(3)} ${pct(k.right, k.total)}`);
  console.log(`overall      ${right}/${questions.length} ${pct(right, questions.length)}`);
}
