import { describe, expect, it } from "vitest";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import {
  changeOf,
  planOf,
  wholeOf,
  writtenAsPartOf,
  writtenAsShareOfPlan,
} from "../../src/answering/relations.js";
import { entriesOfSentence } from "../support/knowledge.js";
import { realEngine } from "../support/knowledge.js";

const entry = (written: string) => realEngine().kb.entries.find((e) => e.written === written) as NumericEntry;
const at = (written: string) => realEngine().kb.entries.indexOf(entry(written));
const plan = (written: string) => planOf(entry(written), at(written), realEngine().index);

describe("planOf: the plan a result is measured against", () => {
  it("takes a plan stated right after the share of it", () => {
    expect(plan("206300 people")).toMatchObject({ value: 200_000, stated: { written: "200,000 people" } });
  });

  it("computes a plan from 'N% of the scheduled task'", () => {
    expect(plan("189,000 people")).toMatchObject({ value: 180_000, percent: { written: "105%" } });
  });

  it("pairs 'A and B …, respectively P and Q beyond the task' by position", () => {
    expect(plan("5853 households")!.value).toBeCloseTo(5000, 6);
    expect(plan("24756 poor people")!.value).toBeCloseTo(24756 / 1.1253, 6);
  });

  it("finds a planned figure of the same unit and year elsewhere in the section", () => {
    expect(plan("1012 poor villages")).toMatchObject({ value: 1000 });
  });

  it("gives no plan to a part of a planned total, or to a figure of another year", () => {
    expect(plan("45 million Yuan")).toBeUndefined();
    expect(plan("17 million Yuan")).toBeUndefined();
  });
});

describe("changeOf and wholeOf", () => {
  it("reads every stated change on the previous year", () => {
    const change = changeOf(entry("46.3 million Yuan"), at("46.3 million Yuan"), realEngine().index);
    expect(change?.direction).toBe("up");
    expect(change?.changes.map((c) => c.written)).toEqual(["46.3 million Yuan", "35.2%"]);
  });

  it("reads 'A of the B' as a part of a whole", () => {
    expect(wholeOf(entry("239"), at("239"), realEngine().index)?.written).toBe("251 project villages");
    expect(wholeOf(entry("5853 households"), at("5853 households"), realEngine().index)).toBeUndefined();
  });
});

describe("writtenAsShareOfPlan", () => {
  it("tells a share of a plan from a share of a whole", () => {
    const entries = entriesOfSentence(
      "The programme trained 12,000 people, fulfilling 104.2% of the annual task, and 35.5% of the trainees were women.",
    );
    const share = (v: number) => [...entries.values()].find((e) => "value" in e && e.value === v)!;
    expect(writtenAsShareOfPlan(share(104.2))).toBe(true);
    expect(writtenAsShareOfPlan(share(35.5))).toBe(false);
  });
});

describe("writtenAsPartOf: a list after a result's share of its plan", () => {
  it("gives the list's figures to the result, past 'fulfilling N% of the task of M'", () => {
    const entries = [
      ...entriesOfSentence(
        "The county trained 9,800 people in 2012, fulfilling 98% of the annual task of 10,000 people, of which 3,100 people learned welding and 2,400 people learned cooking.",
      ).values(),
    ];
    const of = (v: number) => entries.find((e) => "value" in e && e.value === v) as NumericEntry;
    expect(writtenAsPartOf(of(2400), of(9800))).toBe(true);
    expect(writtenAsPartOf(of(3100), of(9800))).toBe(true);
  });
});
