// `npm run ask -- "question"`: the answer engine in a terminal. `--json` prints the JSON
// contract, `--batch FILE` answers one question per line, no question opens a prompt that
// understands `help` and `quit`. The engine comes from the saved index while the knowledge and the
// code are unchanged (answering/engine-cache.ts), so a question takes a fraction of a second.
import { createInterface } from "node:readline";
import { loadEngineCached } from "../../answering/engine-cache.js";
import { CoreConfigSchema, parseEnvOrExit } from "../../config/core.js";
import { CACHE_DIR } from "../../paths.js";
import { parseCommandLine, readNamedFile, runCommand, UsageError } from "./command-line.js";
import { interactiveHelp, isHelp, isQuit } from "./interactive.js";
import { renderForTerminal } from "./render.js";

const USAGE = `usage: npm run ask -- [--json] "question"       answer one question
       npm run ask -- [--json] --batch FILE    answer each line of FILE, in order
       npm run ask                             a prompt: type questions, "help", "quit"
exit status: 0 answered (a question the report does not cover is an answer too), 1 invalid
configuration or knowledge, 2 usage error (unknown option, missing value, unreadable FILE)`;

await runCommand("ask", USAGE, async () => {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      batch: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.batch !== undefined && positionals.length > 0)
    throw new UsageError("give a question or --batch FILE, not both");
  // Read before loading anything: a wrong file name is reported at once.
  const batch = values.batch === undefined ? undefined : readNamedFile(values.batch, "--batch file");

  const config = parseEnvOrExit(CoreConfigSchema);
  const { engine } = await loadEngineCached(config.KNOWLEDGE_DIR, { cacheDir: CACHE_DIR });
  // A report that did not load is named on stderr, so answers from the others are not taken for all
  // (the loader's module only then: a terminal answer's path does not need it).
  const skipped = engine.kb.skippedReports ?? [];
  if (skipped.length > 0) {
    const { describeSkippedReport } = await import("../../knowledge/load.js");
    for (const s of skipped) console.error(describeSkippedReport(s));
  }
  // The JSON contract's schema only when asked for: nothing else on a terminal answer's path needs it.
  const toAnswerJson = values.json ? (await import("../../answering/schema.js")).toAnswerJson : undefined;
  const show = (question: string) => {
    const answer = engine.answer(question);
    console.log(toAnswerJson ? JSON.stringify(toAnswerJson(answer)) : renderForTerminal(answer));
  };

  if (batch !== undefined) {
    for (const line of batch.split(/\r?\n/)) if (line.trim()) show(line.trim());
  } else if (positionals.length > 0) {
    show(positionals.join(" "));
  } else {
    // Lines are read as they come (piped input is not lost between prompts); end of input quits too.
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "? " });
    // Ctrl-C at the prompt leaves like quit (readline would otherwise only pause the input).
    rl.on("SIGINT", () => rl.close());
    console.log(
      `Ask about: ${engine.kb.reports.map((r) => r.meta.title).join("; ")} ("help" for examples, "quit" to leave)`,
    );
    rl.prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (isQuit(line)) break;
      if (isHelp(line)) console.log(interactiveHelp(engine.kb.sections.map((s) => s.title)));
      else if (line) show(line);
      rl.prompt();
    }
    rl.close();
  }
});
