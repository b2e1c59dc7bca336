// `npm run comment-quotes [-- BASE]`: the before-stop check of the rule "comments state the general
// rule with their own examples, never a test question's wording". It reads the comments the change
// since BASE (default: the last commit) adds under src/, takes their quoted phrases of four words or
// more, and names every open question (by set and id, never its text) that contains one. Sets and
// reports tests/fixtures/heldout.json names are not read at all.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  HENAN_SET_DIRS,
  jsonlFiles,
  REPORTS_DIR,
  readHeldOut,
  reportFolders,
  reportQuestionFiles,
} from "../src/eval/question-files.js";
import { addedCommentQuotes } from "../src/eval/comment-quotes.js";
import { PROJECT_ROOT, resolveFromRoot } from "../src/paths.js";
import { parseCommandLine, runCommand } from "../src/surfaces/cli/command-line.js";

const USAGE = `usage: npm run comment-quotes [-- BASE]
  lists the open questions (set and id) whose text contains a quoted phrase of a comment that the
  change since BASE (a git revision, default HEAD~1) adds under src/. Held-out sets are never read.`;

await runCommand("comment-quotes", USAGE, () => {
  const { values, positionals } = parseCommandLine({
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) return console.log(USAGE);
  const base = positionals[0] ?? "HEAD~1";
  const diff = execFileSync("git", ["diff", base, "--", "src"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  const quotes = addedCommentQuotes(diff);
  const held = readHeldOut();
  const files = [
    ...HENAN_SET_DIRS.flatMap((d) => jsonlFiles(resolveFromRoot(d))).filter(
      (f) => !held.sets.includes(basename(f, ".jsonl")),
    ),
    ...reportFolders(resolveFromRoot(REPORTS_DIR))
      .filter((d) => !held.reports.includes(basename(d)))
      .flatMap(reportQuestionFiles),
  ];
  let found = 0;
  for (const file of files)
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { id, q } = JSON.parse(line) as { id?: string; q?: string };
      const text = (q ?? "").toLowerCase().replace(/\s+/g, " ");
      for (const phrase of quotes.filter((p) => text.includes(p))) {
        found += 1;
        console.log(`"${phrase}" — ${join(basename(join(file, "..")), basename(file))} ${id ?? "?"}`);
      }
    }
  console.log(`${quotes.length} quoted phrases in added comments; ${found} found in open questions`);
});
