import { describe, expect, it } from "vitest";
import { toAnswerJson } from "../../src/answering/schema.js";
import { realEngine } from "../support/knowledge.js";

const ask = (q: string) => realEngine().answer(q);
const quotes = (q: string) => ask(q).citations.map((c) => c.quote);

describe("comparisons", () => {
  it("names the larger of two figures, by how much, and cites both", () => {
    const a = ask("Was more spent on relocation or on the Rain Plan?");
    expect(a).toMatchObject({ type: "comparison", verdict: null, value: 669_370_000 });
    expect(a.text).toContain("569.37 million Yuan more than");
    expect(a.citations).toHaveLength(2);
  });

  it("gives a verdict when asked as yes/no, with the figure the question names first", () => {
    const a = ask(
      "Was the discount funding for industrialization bigger than what the leading enterprises donated?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 70_000_000 });
  });

  it("compares the same measure in two places or two years, never a count of something else", () => {
    // Both sides count bridges, although one names villages.
    const a = ask("Were more bridges put up under relocation or under entire village advancement?");
    expect(a).toMatchObject({ type: "comparison", value: 56 });
    expect(a.citations.map((c) => c.written)).toEqual(["56 bridges", "52 bridges"]);
    expect(
      ask("Was the central lottery public welfare fund smaller for the 2010 pilots than for the 2011 ones?"),
    ).toMatchObject({ verdict: "yes", value: 17_000_000 });
  });

  it("reads each side with its own words: a participle of one side, a plan asked by one side", () => {
    const a = ask(
      "Which was smaller, the social poverty alleviation funds or the money raised by the masses?",
    );
    expect(a).toMatchObject({ value: 1_120_000_000 });
    expect(a.citations.map((c) => c.written)).toEqual(["1.418 billion Yuan", "1.12 billion Yuan"]);
    const b = ask("Lottery pilots: 2010 total investment or 2011 planned investment, which was smaller?");
    expect(b.citations.map((c) => c.written)).toEqual(["62.806 million Yuan", "141.48 million Yuan"]);
  });

  it("refuses rather than compare figures of different units", () => {
    expect(ask("Were there more households relocated or more Yuan invested in relocation?").type).not.toBe(
      "comparison",
    );
  });
});

describe("yes/no checks", () => {
  it("measures a result against a stated plan, with the share of plan", () => {
    const a = ask("Did the Rain Plan hit its annual training target?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 206_300 });
    expect(a.text).toContain("103.15% of plan");
  });

  it("measures a result against a plan implied by 'N% beyond the scheduled task'", () => {
    expect(ask("Was the number of people relocated below the scheduled task?")).toMatchObject({
      verdict: "no",
      value: 24_756,
    });
  });

  it("checks a stated threshold", () => {
    expect(ask("Were the donated care packages worth over 5 million yuan?")).toMatchObject({
      verdict: "no",
      value: 3_900_000,
    });
    expect(ask("Was work under way in all 251 World Bank project villages?")).toMatchObject({
      verdict: "no",
      value: 239,
    });
  });

  it("measures a result against a share of its plan, from the report's own percentage of plan", () => {
    // "105% of the scheduled task": 5% over plan, not more than 10% over it.
    const a = ask("Did the Rain Plan's job transfers beat the schedule by more than 10%?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 105 });
    expect(a.text).toContain("5% over plan");
    expect(a.citations.map((c) => c.written)).toEqual(expect.arrayContaining(["189,000 people", "105%"]));
    // "10% of the total target": not half of it.
    expect(
      ask("Had the World Bank project put in at least half of its total target by October 31?"),
    ).toMatchObject({
      verdict: "no",
      value: 10,
    });
    // A stated plan: 206300 ÷ 200,000 = 103.15%, at least 90% of it.
    expect(ask("Did the Rain Plan train at least 90% of its annual plan?")).toMatchObject({ verdict: "yes" });
  });

  it("checks a bound on a figure given per unit against that figure, not a total", () => {
    expect(ask("Did households helped by small loans each gain over 2,000 yuan?")).toMatchObject({
      verdict: "yes",
      value: 2500,
    });
    expect(ask("Was income growth per household from mutual funds 1,500 yuan or more?")).toMatchObject({
      verdict: "yes",
      value: 1700,
    });
  });

  it("checks a change on the previous year", () => {
    // Names the province: another report in knowledge/ may have funds that grew too.
    expect(ask("Did Henan's anti-poverty funds go up from last year?")).toMatchObject({
      type: "yesno",
      verdict: "yes",
    });
  });

  it("answers whether listed parts add up from the audit", () => {
    const a = ask("Do the sources of the 2011 funds add up to the total?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no" });
    expect(a.text).toContain("4.148 billion Yuan");
  });
});

describe("implied figures", () => {
  it.each([
    [
      "How much relocation money was there for each household moved?",
      114_363.57,
      "669.37 million Yuan ÷ 5853 households",
    ],
    [
      "How many yuan of loans did each yuan of industrialization discount funds bring in?",
      33.33,
      "2.333 billion Yuan ÷ 70 million Yuan",
    ],
    // A rare verb after the divisor relates the two figures; it names neither.
    [
      "How many yuan of loans did each yuan of industrialization discount funds mobilise?",
      33.33,
      "2.333 billion Yuan ÷ 70 million Yuan",
    ],
    [
      "For each yuan of industrialization discount funds, how many yuan of credit went out?",
      33.33,
      "2.333 billion Yuan ÷ 70 million Yuan",
    ],
    [
      "What was the Rain Plan's scheduled task for transferring people into jobs?",
      180_000,
      "189,000 people ÷ 105%",
    ],
    [
      "By how many people did the Rain Plan beat its annual training plan?",
      6_300,
      "206300 people − 200,000 people",
    ],
    [
      "How many poor villages did the contiguous development pilot counties cover altogether?",
      84,
      "44 poverty-stricken villages + 40 poverty-stricken villages",
    ],
    [
      "What was the total income growth for all households helped by small loans?",
      52_500_000,
      "2500 Yuan × 21,000 poor households",
    ],
    [
      "In how many of the World Bank project villages was the work not yet under way?",
      12,
      "251 project villages − 239",
    ],
    [
      "How much central lottery public welfare fund was there in 2010 and 2011 combined?",
      62_000_000,
      "17 million Yuan + 45 million Yuan",
    ],
  ])("%s", (q, value, arithmetic) => {
    const a = ask(q);
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(value, 0);
    expect(a.arithmetic).toContain(arithmetic);
    // Every input is cited with the sentence it is written in.
    for (const c of a.citations) expect(c.quote).toContain(c.written!);
  });

  // Figures the question states pick out the report's figures it is about; they are never its answer.
  it.each([
    // The stated percentage is the best match, and it is an input.
    ["If 24756 relocated people were 12.53% above the target, what was the target?", 21_999.47],
    // Once the stated figures are set aside, a share of a plan ("12.53% beyond the task") is not the plan.
    ["Households moved: 5853, that is 17.06% over target. What was the household target?", 5_000],
    // "10%" is given, so the kind asked for is read from the rest ("total target": money).
    ["What is the World Bank project's total target, if 36.1174 million Yuan is 10% of it?", 361_174_000],
    // The stated percentage says which result's plan is asked for, and counts towards the match.
    ["what was the scheduled number of people, given that relocation was 12.53% above it?", 21_999.47],
  ])("derives what a question asks from the figures it states: %s", (q, value) => {
    const a = ask(q);
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(value, 1);
  });

  it("never answers with a figure the question states, and credits its sentence with the words describing it", () => {
    // The stated figure and the one asked for match equally well: the stated one is given.
    expect(ask("How much did the 70 million Yuan of discount funds lead to in loans?").value).toBe(
      2_333_000_000,
    );
    // "interest subsidies" describes the stated figure; the loans in its sentence need not match it.
    expect(
      ask("What lending for poor areas did the 70 million Yuan of interest subsidies bring about?").value,
    ).toBe(2_333_000_000);
  });

  it("adds two named figures, choosing the pair that fits both sides", () => {
    // "by A and by B": each side alone could take the figure whose label names the other's words.
    const a = ask(
      "How many poor households were supported by the mutual funds and by micro-credit combined?",
    );
    expect(a).toMatchObject({ type: "derived", value: 39_900 });
    // Picked one side after the other, micro-credit's words would take the mutual funds' figure.
    expect(
      ask("Combined, how many poor households got support from micro-credit and from the mutual funds?")
        .value,
    ).toBe(39_900);
    expect(a.citations.map((c) => c.written)).toEqual(
      expect.arrayContaining(["18900 poor households", "21,000 poor households"]),
    );
    expect(
      ask("Together, what did the central government and the provincial government put into the 2011 funds?")
        .value,
    ).toBe(1_210_000_000);
  });

  it("says so when a computation cannot be made, instead of returning one of its inputs", () => {
    const a = ask("How many people per village were trained by the Rain Plan?");
    expect(a.answered).toBe(false);
    expect(a.value).toBeNull();
    expect(a.text).toMatch(/can't work out/);
  });
});

describe("names", () => {
  it("lists the names a sentence gives for 'which' and 'who', never a figure", () => {
    expect(ask("Which counties were in the first batch of contiguous development pilots?")).toMatchObject({
      type: "list",
      items: ["Song County", "Hua County", "Lushi County", "Sui County"],
    });
    const who = ask("Who praised the care packages action?");
    expect(who.type).toBe("list");
    expect(who.items).toContain("China Foundation for Poverty Alleviation");
    expect(quotes("Who praised the care packages action?")[0]).toContain("praised");
  });
});

describe("the JSON contract", () => {
  it("carries the answer's type, verdict and items", () => {
    expect(toAnswerJson(ask("Did the Rain Plan hit its annual training target?"))).toMatchObject({
      type: "yesno",
      verdict: "yes",
      items: [],
    });
    expect(toAnswerJson(ask("How many households were relocated?"))).toMatchObject({
      type: "figure",
      verdict: null,
      value: 5853,
    });
  });
});

describe("refusals a near match must not slip past", () => {
  it("does not answer what remains with what was removed", () => {
    expect(ask("How many poor people were still left in Henan at the end of 2011?").answered).toBe(false);
  });

  it("does not give one body's figure for a body the question names", () => {
    expect(
      ask("How much money did the Association of Poverty Alleviation and Development raise in donations?")
        .answered,
    ).toBe(false);
    expect(ask("How much did the leading enterprises donate?").value).toBe(51_730_000);
  });
});
