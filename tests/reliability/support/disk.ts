// Disk helpers for the store's reliability tests: a content hash of a folder tree, throwaway copies.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Every file under `path` (hidden ones too), with its content: any change on disk changes this. */
export function hashTree(path: string): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    for (const name of readdirSync(p).sort()) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) {
        h.update(`${relative(path, full)}/\u0000`);
        walk(full);
      } else
        h.update(`${relative(path, full)}\u0000`)
          .update(readFileSync(full))
          .update("\u0000");
    }
  };
  walk(path);
  return h.digest("hex");
}

/** Every path under `path` (relative, folders ending in /), sorted. */
export function listTree(path: string): string[] {
  if (!existsSync(path)) return [];
  const out: string[] = [];
  const walk = (p: string) => {
    for (const name of readdirSync(p).sort()) {
      const full = join(p, name);
      const dir = statSync(full).isDirectory();
      out.push(`${relative(path, full)}${dir ? "/" : ""}`);
      if (dir) walk(full);
    }
  };
  walk(path);
  return out;
}

const made: string[] = [];

/** A copy of `from` in a new temp folder, removed by removeCopies(). */
export function copyDir(from: string, prefix = "report-bot-reliability-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(from, dir, { recursive: true });
  made.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
