// The units of counted figures are one module (src/knowledge/units.ts): the extractor, the
// question reader, the arithmetic and the Chinese writer read the same facts, and none keeps a copy.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ASKED_COUNT_UNITS,
  COUNT_NOUNS,
  countUnitIn,
  PER_UNIT_PATTERN,
  PER_UNITS,
  PLURAL_OF,
  SINGULAR_OF,
  ZH_UNITS,
} from "../../src/knowledge/units.js";

const SRC = join(import.meta.dirname, "../../src");
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );

describe("units", () => {
  it("every unit a question can ask for is a unit the extractor gives", () => {
    for (const unit of Object.values(ASKED_COUNT_UNITS)) expect(COUNT_NOUNS.has(unit), unit).toBe(true);
    for (const unit of Object.values(PER_UNITS))
      expect(COUNT_NOUNS.has(unit) || unit === "km", unit).toBe(true);
  });

  it("reads a count noun in any number as one entry unit", () => {
    expect(countUnitIn("how many Households")).toBe("households");
    expect(countUnitIn("one household")).toBe("households");
    expect(countUnitIn("poor families")).toBe("households");
    expect(countUnitIn("the trainees")).toBe("people");
    expect(countUnitIn("farmers")).toBe("people");
    expect(countUnitIn("funds spent")).toBeUndefined();
  });

  it("reads 'per house' as per house, but a house word before a noun as no counted unit", () => {
    expect(PER_UNITS.house).toBe("houses");
    expect(countUnitIn("how many basic housing subsidies")).toBeUndefined();
  });

  it("singular and plural are one table read both ways", () => {
    for (const [plural, singular] of Object.entries(SINGULAR_OF)) expect(PLURAL_OF[singular]).toBe(plural);
    expect(Object.keys(PLURAL_OF)).toHaveLength(Object.keys(SINGULAR_OF).length);
  });

  it("the per-unit pattern matches exactly the words PER_UNITS knows", () => {
    const per = new RegExp(`^(?:${PER_UNIT_PATTERN})$`);
    for (const w of Object.keys(PER_UNITS)) expect(per.test(w), w).toBe(true);
    expect(per.test("funds")).toBe(false);
    expect(per.test("yuan")).toBe(false);
  });

  it("has a Chinese measure word for the main counted units", () => {
    for (const unit of ["people", "households", "villages", "counties", "projects", "km", "%"])
      expect(ZH_UNITS[unit], unit).toBeTruthy();
  });

  it("no other module keeps its own list of units", () => {
    // The names the hand-kept lists had; each is defined only in units.ts now.
    const kept =
      /\bconst (COUNT_NOUNS|COUNT_UNITS|PER_UNITS|ZH_UNITS|SINGULAR_TO_PLURAL)\b|\bfunction unitAmong\b/;
    const offenders = sources(SRC)
      .filter((f) => !f.endsWith(join("knowledge", "units.ts")))
      .filter((f) => kept.test(readFileSync(f, "utf8")))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});

describe("members count persons", () => {
  it("reads 'members' as people", async () => {
    const { countUnitIn, PERSON_UNITS } = await import("../../src/knowledge/units.js");
    expect(countUnitIn("members of poor households")).toBe("people");
    expect(PERSON_UNITS.has("members")).toBe(true);
  });
});
