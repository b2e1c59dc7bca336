// `npm run eval:sets`: scores every question set the repo carries (tests/fixtures/*.jsonl and
// tests/fixtures/sets/*.jsonl), one line per set and kind, so the README's accuracy table can be
// checked with one command. `--misses` lists what each set got wrong.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { loadEngine } from "../src/answering/load-engine.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { EvalQuestionSchema, scoreAnswer } from "../src/eval/score.js";
import { resolveFromRoot } from "../src/paths.js";
import { parseCommandLine, runCommand, UsageError } from "../src/surfaces/cli/command-line.js";

const USAGE = `usage: npm run eval:sets [-- [--misses] [--json] [DIR|FILE.jsonl ...]]
  scores every .jsonl question set in the folders given (default: tests/fixtures and tests/fixtures/sets)
  against the knowledge in KNOWLEDGE_DIR (default knowledge/)`;

await runCommand("eval:sets", USAGE, () => {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      misses: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return console.log(USAGE);
  const dirs = positionals.length > 0 ? positionals : ["tests/fixtures", "tests/fixtures/sets"];
  const files = dirs.flatMap((d) => {
    const dir = resolveFromRoot(d);
    if (!existsSync(dir)) throw new UsageError(`no question set or folder ${d}`);
    return d.endsWith(".jsonl")
      ? [dir]
      : readdirSync(dir)
          .filter((f) => f.endsWith(".jsonl"))
          .sort()
          .map((f) => join(dir, f));
  });

  const engine = loadEngine(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR);
  const results: Record<string, { right: number; total: number; kinds: Record<string, [number, number]> }> =
    {};
  for (const file of files) {
    const name = basename(file, ".jsonl");
    const set = (results[name] = { right: 0, total: 0, kinds: {} as Record<string, [number, number]> });
    const report = reportOfSet(file);
    for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
      if (!line.trim()) continue;
      const q = readQuestion(line, file);
      const answer = engine.answer(q.q);
      const r = scoreAnswer(q, answer, report);
      const k = (set.kinds[q.kind] ??= [0, 0]);
      k[1] += 1;
      set.total += 1;
      if (r.right) {
        k[0] += 1;
        set.right += 1;
      } else if (values.misses) {
        const got = answer.answered
          ? `${answer.type} ${answer.value ?? answer.figure ?? ""} ${answer.unit ?? ""} (${answer.section})`
          : "no answer";
        console.log(`MISS ${name} ${q.id} ${q.q}\n    expected ${r.expected}; got ${got} — ${r.why}`);
      }
    }
  }
  if (values.json) console.log(JSON.stringify(results));
  else {
    for (const [name, s] of Object.entries(results)) {
      const kinds = Object.entries(s.kinds)
        .map(([k, [r, t]]) => `${k} ${r}/${t}`)
        .join(", ");
      console.log(
        `${name.padEnd(22)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.right) / s.total).toFixed(1).padStart(5)}%  (${kinds})`,
      );
    }
  }
});

// A set kept in a report's folder (beside its meta.json) was written about that report: scored on
// that report's figures when a reply gives several reports' (score.ts).
function reportOfSet(file: string): string | undefined {
  const meta = join(dirname(file), "meta.json");
  if (!existsSync(meta)) return undefined;
  const id = (JSON.parse(readFileSync(meta, "utf8")) as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

// A malformed line names its file and says what is wrong, instead of a stack trace.
function readQuestion(line: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new UsageError(`${basename(file)}: not a JSON line: ${line.slice(0, 80)}`);
  }
  const parsed = EvalQuestionSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(`${basename(file)}: ${parsed.error.issues[0]?.message} in ${line.slice(0, 80)}`);
  return parsed.data;
}
