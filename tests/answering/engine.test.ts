import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

const ask = (q: string) => realEngine().answer(q);

describe("answering with cited figures", () => {
  it("answers a direct question with the figure, its sentence and its section", () => {
    const a = ask("How many bridges were built for the relocation projects?");
    expect(a).toMatchObject({
      answered: true,
      type: "figure",
      value: 56,
      unit: "bridges",
      section: "Relocation for poverty alleviation",
    });
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]!.quote).toContain("56 bridges");
    expect(a.text).toContain(a.citations[0]!.quote);
  });

  it("every answered figure is written in the sentence it cites", () => {
    for (const q of [
      "village roads",
      "How much did the masses raise for entire village advancement?",
      "tell me the rain plan trainees",
      "mutual funds villages",
    ]) {
      const a = ask(q);
      expect(a.answered).toBe(true);
      for (const c of a.citations) if (c.written) expect(c.quote).toContain(c.written);
    }
  });

  it("prefers the result over the plan unless the plan is asked for", () => {
    expect(ask("How many people did the Rain Plan train?").value).toBe(206300);
    expect(ask("How many people was the Rain Plan expected to train?").value).toBe(200000);
  });

  it("corrects misspelt words against the report's vocabulary", () => {
    expect(ask("how many culverts were bilt in entire vilage advancment").value).toBe(312);
  });

  it("answers Chinese questions in Chinese, quoting the English source", () => {
    const a = ask("雨露计划培训了多少人？");
    expect(a).toMatchObject({ answered: true, language: "zh", value: 206300 });
    expect(a.text).toMatch(/出处/);
  });

  it("computes a share of a total, showing the arithmetic and citing both inputs", () => {
    const a = ask("What percentage of the 2011 anti-poverty funds came from the central government?");
    expect(a).toMatchObject({ type: "derived", unit: "%" });
    expect(a.value).toBeCloseTo((1.029 / 4.418) * 100, 2);
    expect(a.arithmetic).toBe("1.029 billion Yuan ÷ 4.418 billion Yuan × 100 = 23.29%");
    expect(a.citations.map((c) => c.written)).toEqual(["1.029 billion Yuan", "4.418 billion Yuan"]);
  });

  it("computes an average per household from two cited figures", () => {
    const a = ask("What was the average small loan per household helped?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(633506800 / 21000, 1);
    expect(a.citations).toHaveLength(2);
  });

  it("computes a difference of two figures of the same unit", () => {
    const a = ask(
      "What is the difference between the people trained by the Rain Plan and the people given transferred employment?",
    );
    expect(a).toMatchObject({ type: "derived", value: 206300 - 189000, unit: "people" });
  });

  it("answers a date question with the date as written", () => {
    const a = ask("When was the association of poverty alleviation and development convened?");
    expect(a.text).toContain("September 23");
  });

  it("answers a topic question with the relevant sentences of one section", () => {
    const a = ask("Which counties took part in the 2011 lottery fund pilots?");
    expect(a).toMatchObject({ answered: true, section: "Lottery fund" });
    expect(a.text).toContain("Fengqiu");
  });

  it("says when a figure is about Shandong, not Henan", () => {
    const a = ask("How much reward did Shandong get in the performance evaluation?");
    expect(a).toMatchObject({ value: 17000000, section: "Performance evaluation" });
    expect(a.notes.join()).toMatch(/about Shandong, not Henan/);
  });

  it("offers up to three runner-up figures, each an entry of the report written as in its sentence", () => {
    const a = ask("How many people did the Rain Plan train?");
    expect(a.runnerUps.length).toBeGreaterThan(0);
    expect(a.runnerUps.length).toBeLessThanOrEqual(3);
    for (const r of a.runnerUps) {
      const e = realEngine().kb.byId.get(r.entryId)!;
      expect(r.entryId).not.toBe(a.citations[0]!.entryId);
      expect(e.sentence).toContain(r.figure);
      expect(r.section).toBe(e.section);
    }
  });
});

describe("not answering what the report does not say", () => {
  it.each([
    ["another year", "How many households were relocated in 2008?", /not 2008/],
    ["another province", "How much did Guizhou spend on relocation?", /not Guizhou/],
    ["another topic", "What was the GDP growth rate of Henan?", /no figure/],
    ["gibberish", "qwxz blorf zzkk", /no figure|no words/],
    ["empty", "   ", /no words/],
  ])("refuses %s and suggests the nearest topics", (_kind, q, reason) => {
    const a = ask(q);
    expect(a).toMatchObject({ answered: false, type: "none", value: null, citations: [] });
    expect(a.text).toMatch(reason);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it("does not answer a Henan question with the Shandong-only figure", () => {
    expect(ask("How much performance evaluation reward did Henan obtain?").value).not.toBe(17000000);
  });
});
