import { describe, expect, it } from "vitest";
import type { RankedEntry } from "../../src/answering/rank.js";
import { askedSourceFirst, sourcesIn } from "../../src/answering/sources.js";
import type { Question } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const ask = (q: string) => realEngine().answer(q);

describe("sourcesIn: who a text says gave", () => {
  it("reads levels of government as givers, joint ones too, and the masses", () => {
    expect([...sourcesIn("funds from the central and provincial government")]).toEqual([
      "central",
      "provincial",
    ]);
    expect([...sourcesIn("Provincial matching funds")]).toEqual(["provincial"]);
    expect([...sourcesIn("how much did the city/county governments give")]).toEqual(["city", "county"]);
    expect([...sourcesIn("money raised by the masses")]).toEqual(["masses"]);
    // Chat joins two givers with a sign: both are asked, not the last alone.
    expect([...sourcesIn("what did county + city govts pay")]).toEqual(["county", "city"]);
    expect([...sourcesIn("the county & city governments")]).toEqual(["county", "city"]);
  });

  it("does not read a place or a rank as a giver", () => {
    expect(sourcesIn("44 key counties and 350 provincial experts").size).toBe(0);
  });
});

describe("a part named by its source", () => {
  it("is the joint total minus the other source's part, never the other source's figure", () => {
    // The report: 42 million from the central and provincial government; the central government 2 million.
    for (const q of [
      "What did the provincial government contribute to the science and technology poverty projects?",
      "What sum did the provincial government allocate for its science and technology projects?",
    ]) {
      const a = ask(q);
      expect(a).toMatchObject({ type: "derived", value: 40_000_000 });
      expect(a.arithmetic).toContain("42 million Yuan − 2 million Yuan");
    }
  });
});

describe("the source the asking clause names", () => {
  it("reads a possessive share as a giver", () => {
    expect([...sourcesIn("how much was the province's share")]).toEqual(["provincial"]);
    expect([...sourcesIn("what was the county part")]).toEqual(["county"]);
  });

  it("is the one asked for, though a lead-in names another as given", () => {
    const a = ask(
      "science and technology projects got 42 million from the centre and the province, and the central government only paid for two of the projects - so what was the province's share?",
    );
    expect(a).toMatchObject({ type: "derived", value: 40_000_000 });
  });
});

describe("askedSourceFirst: the giver asked alone before a joint figure", () => {
  const ranked = (label: string, coverage: number) =>
    ({ entry: { label, kind: "money", report: "r" }, coverage }) as unknown as RankedEntry;
  const q = (language: "en" | "zh") => ({ language }) as unknown as Question;
  const central = new Set(["central"]);
  const joint = ranked("Funds allocated by the central and provincial governments to the training", 0.78);
  const pilots = ranked("Funds invested in the pilots came from the central government", 0.78);
  const year = ranked("Financial poverty alleviation funds from the central government", 0.87);

  it("puts the asked giver's own figure that matches most words before a joint one", () => {
    expect(askedSourceFirst(q("en"), [joint, pilots, year], central)[0]).toBe(year);
  });

  it("leaves a best figure that names no giver, a figure far below, and a Chinese question alone", () => {
    const whole = ranked("Special financial funds for poverty alleviation", 0.9);
    expect(askedSourceFirst(q("en"), [whole, year], central)[0]).toBe(whole);
    expect(askedSourceFirst(q("en"), [joint, { ...year, coverage: 0.6 }], central)[0]).toBe(joint);
    expect(askedSourceFirst(q("zh"), [joint, year], central)[0]).toBe(joint);
  });

  it("reads money 'from the province' as the province's", () => {
    expect([...sourcesIn("Funds from the province")]).toEqual(["provincial"]);
  });
});
