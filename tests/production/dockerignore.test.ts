// .dockerignore keeps the build context small and free of secrets, and must never exclude a file
// the Dockerfile COPYs: every file a fresh clone has under a COPY source is checked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import {
  cloneFiles,
  isIgnored,
  parseCopy,
  parseDockerfile,
  parseDockerignore,
} from "./support/dockerfile.js";

const rules = parseDockerignore(readFileSync(join(PROJECT_ROOT, ".dockerignore"), "utf8"));
const copies = parseDockerfile(readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8"))
  .flatMap((s) => s.instructions)
  .filter((i) => i.keyword === "COPY")
  .map(parseCopy)
  .filter((c) => c.from === undefined);

describe(".dockerignore", () => {
  it("excludes no file of a fresh clone that the Dockerfile COPYs from the context", () => {
    const files = cloneFiles(PROJECT_ROOT);
    const sources = copies.flatMap((c) => c.sources);
    expect(sources).toEqual(
      expect.arrayContaining(["package.json", "package-lock.json", "src", "knowledge", "assets"]),
    );
    for (const source of sources) {
      const under = files.filter((f) => f === source || f.startsWith(`${source}/`));
      expect(under.length, `${source} is in the clone`).toBeGreaterThan(0);
      expect(
        under.filter((f) => isIgnored(rules, f)),
        `files of ${source} excluded`,
      ).toEqual([]);
    }
  });

  it("leaves out installed and built files, secrets, history and the store's local state", () => {
    for (const path of [
      "node_modules/zod/package.json",
      "dist/surfaces/discord/main.js",
      ".env",
      ".env.production",
      ".git/HEAD",
      "knowledge/.versions/1/reports/x/report.txt",
      "knowledge/.staging/a",
      "npm-debug.log",
    ]) {
      expect(isIgnored(rules, path), path).toBe(true);
    }
    expect(isIgnored(rules, ".env.example")).toBe(false);
  });

  it("is read as Docker reads it: folders exclude their contents, ** spans folders, the last match wins", () => {
    const r = parseDockerignore("build\n**/*.tmp\n/logs/*.log\n!logs/keep.log\n");
    expect(isIgnored(r, "build/a/b.js")).toBe(true);
    expect(isIgnored(r, "src/build.ts")).toBe(false);
    expect(isIgnored(r, "a/b/c.tmp")).toBe(true);
    expect(isIgnored(r, "x.tmp")).toBe(true);
    expect(isIgnored(r, "logs/a.log")).toBe(true);
    expect(isIgnored(r, "logs/keep.log")).toBe(false);
    expect(isIgnored(r, "logs/sub/a.log")).toBe(false);
  });
});
