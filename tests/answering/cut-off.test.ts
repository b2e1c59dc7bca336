// The cut-off day a running figure is dated by, in a question and in a report's sentence (cut-off.ts).
import { describe, expect, it } from "vitest";
import { cutOffMonth, ofAnotherCutOff } from "../../src/answering/cut-off.js";
import type { Entry } from "../../src/knowledge/schema.js";

const funds = {
  kind: "money",
  label: "Project funds put in",
  sentence: "As of October 31, the province had put in a total of 36.1 million Yuan of project funds.",
} as Entry;

describe("cutOffMonth", () => {
  it("reads the month after 'as of' or 'by (the end of)', written out or short", () => {
    expect(cutOffMonth("As of October 31, the province had put in")).toBe(9);
    expect(cutOffMonth("how much by the end of dec?")).toBe(11);
    expect(cutOffMonth("how much had been put in by oct 31")).toBe(9);
  });

  it("takes the end of the year or of a year as December, and a bare year as no cut-off", () => {
    expect(cutOffMonth("how much had been spent by the end of 2011?")).toBe(11);
    expect(cutOffMonth("how much had been spent by 2011?")).toBeUndefined();
    expect(cutOffMonth("how much was put in during October?")).toBeUndefined();
    expect(cutOffMonth("how much was saved by decreasing costs?")).toBeUndefined();
  });
});

describe("ofAnotherCutOff", () => {
  it("is true for a question dated at another month than the figure's sentence", () => {
    expect(ofAnotherCutOff("how much had been put in by the end of december 2011?", funds)).toBe(true);
  });

  it("is false for the same month, or a question with no cut-off", () => {
    expect(ofAnotherCutOff("how much had been put in as of oct 31?", funds)).toBe(false);
    expect(ofAnotherCutOff("how much had been put in?", funds)).toBe(false);
  });
});
