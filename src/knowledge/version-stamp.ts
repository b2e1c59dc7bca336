// A cheap fingerprint of what the knowledge loader would read: the size, modification time and
// inode of glossary.zh.json, reports/, every report folder and every file in them. No file is
// read, only stat'ed (a few dozen syscalls), so every instance of the bot can afford to compare
// it with the last one it loaded before answering. The store writes with renames (new inode,
// new mtime) and swaps whole folders on rollback, so any change it makes changes the stamp.
// Hidden names (the store's temp files) are skipped; .versions/ and .staging/ are outside reports/.
import { createHash } from "node:crypto";
import { readdirSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";

const describe = (name: string, s: Stats | undefined) =>
  s ? `${name}:${s.size}:${s.mtimeMs}:${s.ino}` : `${name}:-`;

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function visibleEntries(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith("."))
      .sort();
  } catch {
    return [];
  }
}

/** A short hex stamp that changes whenever a file the loader reads is added, removed, replaced or modified. */
export function knowledgeVersionStamp(dir: string): string {
  const hash = createHash("sha256");
  hash.update(describe("glossary.zh.json", statOrUndefined(join(dir, "glossary.zh.json"))));
  const reports = join(dir, "reports");
  hash.update(`|${describe("reports", statOrUndefined(reports))}`);
  for (const folder of visibleEntries(reports)) {
    const path = join(reports, folder);
    const s = statOrUndefined(path);
    hash.update(`|${describe(folder, s)}`);
    if (!s?.isDirectory()) continue;
    for (const file of visibleEntries(path))
      hash.update(`|${folder}/${describe(file, statOrUndefined(join(path, file)))}`);
  }
  return hash.digest("hex").slice(0, 16);
}
