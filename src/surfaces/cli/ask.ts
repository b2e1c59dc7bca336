// `npm run ask -- "question"`: the answer engine in a terminal. `--json` prints the JSON
// contract, `--batch FILE` answers one question per line, no question opens a prompt.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadEngine } from "../../answering/load-engine.js";
import { toAnswerJson } from "../../answering/schema.js";
import { CoreConfigSchema, parseEnvOrExit } from "../../config/core.js";
import { renderForTerminal } from "./render.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, batch: { type: "string" }, help: { type: "boolean", short: "h" } },
});

if (values.help) {
  console.log('usage: npm run ask -- [--json] ["question" | --batch FILE]');
  process.exit(0);
}

const config = parseEnvOrExit(CoreConfigSchema);
const engine = loadEngine(config.KNOWLEDGE_DIR);
const show = (question: string) => {
  const answer = engine.answer(question);
  console.log(values.json ? JSON.stringify(toAnswerJson(answer)) : renderForTerminal(answer));
};

if (values.batch) {
  for (const line of readFileSync(values.batch, "utf8").split(/\r?\n/)) if (line.trim()) show(line.trim());
} else if (positionals.length > 0) {
  show(positionals.join(" "));
} else {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log(`Ask about: ${engine.kb.reports.map((r) => r.meta.title).join("; ")} (empty line to quit)`);
  for (;;) {
    const line = (await rl.question("? ").catch(() => "")).trim();
    if (!line) break;
    show(line);
  }
  rl.close();
}
