// The surfaces name Discord's interaction, response and flag values (InteractionResponseType.Pong,
// MessageFlags.Ephemeral, …) from discord-api-types instead of writing 1/4/5/6/7/8/64: a bare
// number says nothing to the next reader and a typo in one is still a valid number.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";

const SURFACES = join(PROJECT_ROOT, "src", "surfaces");
const sources = (readdirSync(SURFACES, { recursive: true }) as string[])
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(join(SURFACES, f), "utf8") }));

/** Code only: line and block comments removed (they may quote the numbers to explain them). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** A response/interaction type or a flags field written as a number. */
const BARE = [
  /\btype\s*(?::|===|!==)\s*\d+\b/,
  /\bflags\s*:\s*\d+\b/,
  /\[\s*[1-9]\s*(?:,\s*[1-9]\s*)*\]\s*,?\s*$/m,
];

describe("named Discord constants in src/surfaces", () => {
  it("reads every surface file", () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(sources.map((s) => [s.file, s.text] as const))(
    "%s writes no bare type or flag number",
    (_f, text) => {
      const body = code(text);
      for (const pattern of BARE) expect(body.match(pattern)?.[0] ?? null, String(pattern)).toBeNull();
    },
  );

  it("the check itself catches the old spellings", () => {
    for (const old of [
      "response: { type: 4, data }",
      "if (response.type === 5 && deferred)",
      "data: { flags: 64 }",
      "command: [4, 5],",
    ])
      expect(BARE.some((p) => p.test(code(old)))).toBe(true);
    expect(BARE.some((p) => p.test(code("// type: 5 is the deferred reply")))).toBe(false);
  });
});
