// Scores the engine on a question set (default: the public set the repo carries,
// tests/fixtures/public-questions.jsonl) and prints accuracy per kind and overall, plus every miss
// with what was expected and what was said.
import { loadEngine } from "../src/answering/load-engine.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { EvalQuestionSchema, scoreAnswer } from "../src/eval/score.js";
import { resolveFromRoot } from "../src/paths.js";
import { InputError, parseCommandLine, readNamedFile, runCommand } from "../src/surfaces/cli/command-line.js";
import { zodProblems } from "../src/util/zod.js";

const DEFAULT_QUESTIONS = "tests/fixtures/public-questions.jsonl";
const USAGE = `usage: npm run eval [-- [--json] [--quiet] [FILE.jsonl]]   (default FILE: ${DEFAULT_QUESTIONS})`;

await runCommand("eval", USAGE, () => {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, quiet: { type: "boolean", default: false } },
  });
  const file = resolveFromRoot(positionals[0] ?? DEFAULT_QUESTIONS);
  const questions = readNamedFile(file, "question file")
    .split(/\r?\n/)
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      let json: unknown;
      try {
        json = JSON.parse(l);
      } catch (error) {
        throw new InputError(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
      }
      const parsed = EvalQuestionSchema.safeParse(json);
      if (!parsed.success)
        throw new InputError(`${file}:${i + 1}: ${zodProblems(parsed.error, { root: "(line)" }).join("; ")}`);
      return parsed.data;
    });
  if (questions.length === 0) throw new InputError(`${file}: no questions`);

  const engine = loadEngine(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR);
  const byKind = new Map<string, { right: number; total: number }>();
  const misses: string[] = [];
  for (const q of questions) {
    const answer = engine.answer(q.q);
    const result = scoreAnswer(q, answer);
    const k = byKind.get(q.kind) ?? { right: 0, total: 0 };
    k.total += 1;
    if (result.right) k.right += 1;
    else
      misses.push(
        `${q.id} [${q.kind}] ${q.q}\n    expected: ${result.expected}\n    got: ${answer.answered ? `${answer.value ?? answer.figure} ${answer.unit ?? ""} (${answer.section})` : "no answer"} — ${result.why}`,
      );
    byKind.set(q.kind, k);
  }
  const right = [...byKind.values()].reduce((s, k) => s + k.right, 0);
  const pct = (r: number, t: number) => `${((100 * r) / t).toFixed(1)}%`;
  if (values.json) {
    console.log(
      JSON.stringify({
        overall: right / questions.length,
        right,
        total: questions.length,
        kinds: Object.fromEntries(byKind),
      }),
    );
  } else {
    if (!values.quiet) for (const m of misses) console.log(`MISS ${m}`);
    for (const [kind, k] of [...byKind].sort())
      console.log(
        `${kind.padEnd(12)} ${String(k.right).padStart(3)}/${String(k.total).padEnd(3)} ${pct(k.right, k.total)}`,
      );
    console.log(`overall      ${right}/${questions.length} ${pct(right, questions.length)}`);
  }
});
