// `npm run score-all`: every question set the repo carries, scored the ways the README's tables
// report them, in one run: Henan's sets with and without `annotations.json`, and each report's set
// with that report alone in the knowledge folder and beside Henan. Knowledge copies are made in a
// temporary folder, never in knowledge/. Sets and reports named in tests/fixtures/heldout.json are
// scored for totals only: `--misses` never prints theirs, so reading a held-out set takes a
// deliberate act, not a habit.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadEngine } from "../src/answering/load-engine.js";
import { KnowledgeError } from "../src/knowledge/load.js";
import {
  HENAN_SET_DIRS,
  jsonlFiles,
  REPORTS_DIR,
  readHeldOut,
  reportFolders,
  reportQuestionFiles,
} from "../src/eval/question-files.js";
import { formatSetScore, type Miss, type SetScore, scoreSetFile } from "../src/eval/score-set.js";
import { DEFAULT_KNOWLEDGE_DIR, resolveFromRoot } from "../src/paths.js";
import { parseCommandLine, runCommand } from "../src/surfaces/cli/command-line.js";

const USAGE = `usage: npm run score-all [-- [--misses] [--only REGEX] [--henan|--reports] [--extra DIR] [--json FILE]]
  scores Henan's sets (tests/fixtures, final/, dev/, sets/) with and without annotations, and every
  report folder under tests/fixtures/reports (and --extra DIR, a folder of report folders) alone and
  beside Henan. --only keeps the sets and reports whose name matches; --misses lists the misses of
  sets that are not held out (tests/fixtures/heldout.json).`;

await runCommand("score-all", USAGE, () => {
  const { values } = parseCommandLine({
    options: {
      misses: { type: "boolean", default: false },
      only: { type: "string" },
      henan: { type: "boolean", default: false },
      reports: { type: "boolean", default: false },
      extra: { type: "string", multiple: true },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return console.log(USAGE);
  const heldOut = readHeldOut();
  const only = values.only ? new RegExp(values.only) : undefined;
  const wanted = (name: string) => !only || only.test(name);
  const doHenan = values.henan || !values.reports;
  const doReports = values.reports || !values.henan;
  const scratch = mkdtempSync(join(tmpdir(), "score-all-"));
  const out: Record<string, Record<string, SetScore>> = {};
  const misses: Miss[] = [];
  const score = (label: string, kb: string, files: string[], held: (name: string) => boolean) => {
    let engine: ReturnType<typeof loadEngine>;
    try {
      engine = loadEngine(kb);
    } catch (e) {
      // A report the loader refuses costs its own lines, not the run: the bot skips it the same way.
      if (!(e instanceof KnowledgeError)) throw e;
      for (const file of files) {
        const name = setName(file);
        const why = held(name) ? "held out" : e.message.split("\n").slice(0, 2).join(" ");
        console.log(`${name.padEnd(22)} not scored: the knowledge did not load (${why})  [${label}]`);
      }
      return;
    }
    for (const file of files) {
      const name = setName(file);
      const s = scoreSetFile(engine, file, (m) => {
        if (values.misses && !held(name)) misses.push({ ...m, set: `${name} [${label}]` });
      });
      (out[name] ??= {})[label] = s;
      console.log(`${formatSetScore(name, s)}  [${label}${held(name) ? ", held out" : ""}]`);
    }
  };
  try {
    const henan = copyKnowledge(join(scratch, "henan"));
    if (doHenan) {
      const files = HENAN_SET_DIRS.flatMap((d) => jsonlFiles(resolveFromRoot(d))).filter((f) =>
        wanted(setName(f)),
      );
      const noann = copyKnowledge(join(scratch, "henan-noann"));
      rmSync(join(noann, "reports", "henan-2011", "annotations.json"), { force: true });
      const isHeld = (n: string) => heldOut.sets.includes(n);
      score("ann", henan, files, isHeld);
      score("noann", noann, files, isHeld);
    }
    if (doReports) {
      const roots = [resolveFromRoot(REPORTS_DIR), ...(values.extra ?? [])];
      for (const dir of roots.flatMap(reportFolders).filter((d) => wanted(basename(d)))) {
        const id = basename(dir);
        const isHeld = () => heldOut.reports.includes(id);
        const alone = join(scratch, `alone-${id}`);
        mkdirSync(join(alone, "reports"), { recursive: true });
        cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(alone, "glossary.zh.json"));
        addReport(dir, alone);
        const beside = copyKnowledge(join(scratch, `beside-${id}`));
        addReport(dir, beside);
        const files = reportQuestionFiles(dir);
        score("alone", alone, files, isHeld);
        score("beside", beside, files, isHeld);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const m of misses)
    console.log(`MISS ${m.set} ${m.id} ${m.q}\n    expected ${m.expected}; got ${m.got} — ${m.why}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(out, null, 1)}\n`);
});

// A report's first set is named by its folder, a later one (questions-<name>.jsonl, written after the
// report was tuned on) by folder and name; a Henan set by its file.
function setName(file: string): string {
  const name = basename(file, ".jsonl");
  const folder = basename(join(file, ".."));
  if (name === "questions") return folder;
  return name.startsWith("questions-") ? `${folder}+${name.slice("questions-".length)}` : name;
}

function copyKnowledge(to: string): string {
  cpSync(DEFAULT_KNOWLEDGE_DIR, to, { recursive: true });
  return to;
}

// A report is added as a moderator adds one: its text and meta, nothing written for the tests.
function addReport(from: string, kb: string): void {
  const id = basename(from);
  mkdirSync(join(kb, "reports", id), { recursive: true });
  for (const f of readdirSync(from).filter((f) => f === "meta.json" || f.endsWith(".txt")))
    cpSync(join(from, f), join(kb, "reports", id, f));
}
