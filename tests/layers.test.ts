// The layers point one way: util and text (word handling) at the bottom, knowledge on them, the
// engine (answering) and the charts on knowledge, the surfaces on top. Read from the source's
// import statements (static, re-exports and dynamic import()), so a new file is checked too.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );

const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

/** Every module a source file imports: a path under src/ ("answering/engine.ts") or a package name. */
function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  const out = new Set<string>();
  for (const pattern of SPECIFIERS)
    for (const m of text.matchAll(pattern)) {
      const spec = m[1]!;
      if (!spec.startsWith(".")) {
        out.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        continue;
      }
      const target = relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, ".ts");
      out.add(target.split("\\").join("/"));
    }
  return [...out];
}

type Rule = { from: RegExp; to: RegExp; why: string };
const RULES: Rule[] = [
  {
    from: /^(util|text)\//,
    to: /^(knowledge|answering|charts|surfaces|config)\//,
    why: "util/ and text/ are the bottom",
  },
  { from: /^knowledge\//, to: /^(answering|charts|surfaces)\//, why: "knowledge imports nothing above it" },
  {
    from: /^answering\//,
    to: /^(surfaces\/|discord\.js$|@discordjs\/)/,
    why: "the engine knows no surface and no Discord",
  },
  {
    from: /^charts\//,
    to: /^answering\//,
    why: "charts take figures from knowledge, not from the engine's internals",
  },
];

function violations(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = relative(SRC, file).split("\\").join("/");
    for (const to of importsOf(file))
      for (const rule of RULES)
        if (rule.from.test(from) && rule.to.test(to)) found.push(`${from} → ${to} (${rule.why})`);
  }
  return found;
}

describe("layers", () => {
  it("no import points up a layer", () => {
    expect(violations(sources(SRC))).toEqual([]);
  });

  it("reads every form of import", () => {
    const file = join(SRC, "knowledge", "example.ts");
    const text = [
      'import { a } from "../answering/engine.js";',
      'import type { B } from "../charts/index.js";',
      'export { c } from "./load.js";',
      'import "../surfaces/app.js";',
      'const d = await import("../answering/load-engine.js");',
      "import {\n  e,\n  f,\n} from 'discord.js';",
      'import { g } from "@discordjs/rest";',
    ].join("\n");
    expect(importsOf(file, text).sort()).toEqual(
      [
        "answering/engine.ts",
        "charts/index.ts",
        "knowledge/load.ts",
        "surfaces/app.ts",
        "answering/load-engine.ts",
        "discord.js",
        "@discordjs/rest",
      ].sort(),
    );
  });
});
