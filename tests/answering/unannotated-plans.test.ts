// Plans read from the sentences of a report nobody annotated (relations.ts planOf), on a small
// made-up report in the series' style loaded from disk as a moderator would add it.
import { afterAll, describe, expect, it } from "vitest";
import { planOf } from "../../src/answering/relations.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Rain Plan":
    "In 2012, the Rain Plan was expected to train 140,000 rural labourers. As of the end of December, the province had trained 151,200 people, accounting for 108% of the annual plan, of which 62,000 people received vocational education and 89,200 people received short-term skill training.",
  "Microfinance and mutual funds":
    "In 2012, the province invested 40 million Yuan of small loan discount funds. The province planned to issue 900 million Yuan of small loans in the year. As of the end of December, it had issued a total of 810 million Yuan, accounting for 90% of the annual plan.",
  "Relocation for poverty alleviation":
    "In 2012, Gansu moved 9,000 households and 36,900 people, against a plan of 8,500 households, or 105.9% of the plan.",
  "Lottery fund":
    "In 2012, the lottery fund projects were launched in two pilot counties with a planned investment of 60 million Yuan, of which 25 million Yuan was central lottery public welfare fund and 35 million Yuan was integrated funds. Planned investment by county: Jingning County 28 million Yuan; Huining County 32 million Yuan.",
});

const plan = (written: string) => {
  const at = engine.kb.entries.findIndex((e) => e.written === written);
  expect(at).toBeGreaterThanOrEqual(0);
  return planOf(engine.kb.entries[at] as NumericEntry, at, engine.index);
};

describe("a plan stated after a share must agree with the share", () => {
  it("does not take the part that follows 'N% of the annual plan, of which …' as the plan", () => {
    // 151,200 ÷ 62,000 is 244%, not the 108% written: 62,000 is a part of the result.
    const p = plan("151,200 people");
    expect(p?.stated?.written).not.toBe("62,000 people");
    expect(p?.value).toBeCloseTo(140_000, 0);
  });

  it("answers a yes/no about the plan against the plan the share gives", () => {
    const a = engine.answer("Did Gansu's Rain Plan beat its annual training plan?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 151_200 });
    // The plan the share gives is the one the section states ("expected to train 140,000 rural labourers").
    expect(a.text.split("\n")[0]).toContain("against a plan of 140,000 rural labourers");
  });
});

describe("a plan stated elsewhere in the section belongs to the result it is the plan of", () => {
  it("leaves to the loans issued the plan their own share gives (810 ÷ 90% = 900 million)", () => {
    expect(plan("810 million Yuan")?.value).toBeCloseTo(900_000_000, 0);
    expect(plan("40 million Yuan")).toBeUndefined();
  });

  it("pairs an amount only with a plan whose label names the same thing", () => {
    // Integrated funds are not measured against one county's planned investment.
    expect(plan("35 million Yuan")).toBeUndefined();
  });
});

describe("a figure the words before it give as a plan ('against a plan of N')", () => {
  it("is the plan of the result it is written against", () => {
    expect(plan("9,000 households")?.stated?.written).toBe("8,500 households");
  });

  it("is not a divisor of an average of the results", () => {
    const a = engine.answer(
      "How many people, on average, lived in each household that was relocated in 2012?",
    );
    expect(a).toMatchObject({ type: "derived", value: 4.1 });
  });
});
