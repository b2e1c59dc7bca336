// Command modules are leaves: only the loader (commands/index.ts) imports them, and the rest of the
// surface reaches commands through it or through their definitions (plain data). asking.ts once
// imported the /chart module for its button, so a change to one command could break every answer.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";

const SRC = join(PROJECT_ROOT, "src");
const COMMANDS = join(SRC, "surfaces", "discord", "commands");
/** What may be imported from commands/ by a file outside it: the loader and the definitions. */
const SHARED = new Set(["index.ts", "definitions.ts"]);

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join(SRC, f));

/** Relative imports of a file, resolved to the .ts files they name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) =>
    resolve(file, "..", m[1]!.replace(/\.js$/, ".ts")),
  );
}

/** Imports of command modules from files outside commands/ (other than the loader and the definitions). */
const commandImportsOutside = (file: string, imports: string[]) =>
  file.startsWith(COMMANDS)
    ? []
    : imports.filter((i) => i.startsWith(COMMANDS) && !SHARED.has(relative(COMMANDS, i)));

describe("command modules are imported only by the loader", () => {
  it("no file outside commands/ imports a command module", () => {
    const found = files.flatMap((f) =>
      commandImportsOutside(f, importsOf(f)).map((i) => `${relative(SRC, f)} -> ${relative(SRC, i)}`),
    );
    expect(found).toEqual([]);
  });

  it("the check itself sees the old import of asking.ts", () => {
    const asking = join(SRC, "surfaces", "discord", "asking.ts");
    expect(commandImportsOutside(asking, [join(COMMANDS, "chart.ts")])).toHaveLength(1);
    expect(commandImportsOutside(asking, [join(COMMANDS, "index.ts")])).toHaveLength(0);
  });
});
