// Where the repo's question sets live and which of them are held out, for every script that walks
// them (score-all, comment-quotes): one list, so a new folder or a new held-out rule reaches all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { resolveFromRoot } from "../paths.js";

/** tests/fixtures/heldout.json: sets (by file name) and reports (by folder) kept unread. */
export const HeldOutSchema = z.object({ sets: z.array(z.string()), reports: z.array(z.string()) });
export type HeldOut = z.infer<typeof HeldOutSchema>;

export function readHeldOut(): HeldOut {
  return HeldOutSchema.parse(
    JSON.parse(readFileSync(resolveFromRoot("tests/fixtures/heldout.json"), "utf8")),
  );
}

/** The folders of Henan's question sets. */
export const HENAN_SET_DIRS = [
  "tests/fixtures",
  "tests/fixtures/final",
  "tests/fixtures/dev",
  "tests/fixtures/sets",
];
/** The folder of report folders, each with its text, meta and question sets. */
export const REPORTS_DIR = "tests/fixtures/reports";

export function jsonlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** A report folder's question sets: questions.jsonl, then any later questions-<name>.jsonl. */
export function reportQuestionFiles(reportDir: string): string[] {
  return jsonlFiles(reportDir).filter((f) => /^questions(-[\w-]+)?\.jsonl$/.test(basename(f)));
}

/** Report folders under `root` that carry a question set. */
export function reportFolders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, "questions.jsonl")))
    .map((e) => join(root, e.name))
    .sort();
}
