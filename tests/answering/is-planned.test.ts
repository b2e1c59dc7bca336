// A target rather than a result (search-index.ts isPlanned): the label or the clause's words before
// the figure speak of a plan, back to the figure or "and" before it.
import { describe, expect, it } from "vitest";
import { isPlanned } from "../../src/answering/search-index.js";
import type { Entry } from "../../src/knowledge/schema.js";

const entry = (sentence: string, written: string, label = "People trained") =>
  ({ sentence, written, label }) as Entry;

describe("isPlanned", () => {
  it("reads a plan word at the start of a long clause, past the year in it", () => {
    const s = "The annual task of the Rain Plan for 2013 was to train 20,000 people from poor households.";
    expect(isPlanned(entry(s, "20,000 people"))).toBe(true);
  });

  it("reads a plan in the present tense ('plans to relocate N')", () => {
    const s = "Under its five-year programme, the county plans to relocate 9,000 people.";
    expect(isPlanned(entry(s, "9,000 people", "People relocated"))).toBe(true);
  });

  it("reads a plan in a participle ('…, planning to move N people by 2020')", () => {
    const s = "The county adopted a resettlement programme in May, planning to move 6,500 people by 2020.";
    expect(isPlanned(entry(s, "6,500 people", "People moved"))).toBe(true);
  });

  it("does not carry a plan over 'and' to what was done", () => {
    const s =
      "The province planned to launch 48 projects and invested a total of 2.264066 billion Yuan in them.";
    expect(isPlanned(entry(s, "2.264066 billion Yuan", "Investment"))).toBe(false);
  });

  it("does not carry a plan past an earlier figure", () => {
    const s = "Against a target of 20,000 people, the province trained 21,340 people.";
    expect(isPlanned(entry(s, "20,000 people"))).toBe(true);
    expect(isPlanned(entry(s, "21,340 people"))).toBe(false);
  });
});

describe("isPlanned: 'according to the plan'", () => {
  it("reads the figure of a clause opened by 'According to the plan' as planned", () => {
    const s = "According to the plan, 450 poor villages were to carry out road building in 2013.";
    expect(isPlanned(entry(s, "450 poor villages", "Poor villages"))).toBe(true);
  });
});

describe("isPlanned: a plan stated as its clause's subject, a task still to be done", () => {
  it("reads 'The plan for 2013 was (to) …' as a plan, whatever comes before the figure", () => {
    expect(
      isPlanned(entry("The plan for 2013 was to relocate 30,000 households.", "30,000 households")),
    ).toBe(true);
    const s = "The plan for 2013 was entire village advancement in 1,200 poor villages.";
    expect(isPlanned(entry(s, "1,200 poor villages", "Poor villages"))).toBe(true);
  });

  it("not a programme named Plan ('the Rain Plan trained', 'the Rain Plan was')", () => {
    const s = "In 2013, the Rain Plan trained up 168,000 people.";
    expect(isPlanned(entry(s, "168,000 people"))).toBe(false);
    const named = "In 2013, the Rain Plan was carried out for 168,000 people.";
    expect(isPlanned(entry(named, "168,000 people"))).toBe(false);
  });

  it("reads 'to be finished in N villages' as a task", () => {
    const s = "(2) entire village advancement to be finished in all 4,821 poor villages;";
    expect(isPlanned(entry(s, "4,821 poor villages", "Poor villages"))).toBe(true);
  });
});
