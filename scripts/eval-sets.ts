// `npm run eval:sets`: scores every question set the repo carries (tests/fixtures/*.jsonl and
// tests/fixtures/sets/*.jsonl), one line per set and kind, so the README's accuracy table can be
// checked with one command. `--misses` lists what each set got wrong.
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { loadEngine } from "../src/answering/load-engine.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { formatSetScore, type SetScore, scoreSetFile } from "../src/eval/score-set.js";
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
  const results: Record<string, SetScore> = {};
  for (const file of files)
    results[basename(file, ".jsonl")] = scoreSetFile(engine, file, (m) => {
      if (values.misses)
        console.log(`MISS ${m.set} ${m.id} ${m.q}\n    expected ${m.expected}; got ${m.got} — ${m.why}`);
    });
  if (values.json) console.log(JSON.stringify(results));
  else for (const [name, s] of Object.entries(results)) console.log(formatSetScore(name, s));
});
