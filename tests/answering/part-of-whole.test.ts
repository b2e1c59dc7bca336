// "Were all the X settled?": the part the report gives ("…, of which N were settled") against its
// whole (judge.ts partAgainstWhole, relations.ts wholeOf); and the rest of that whole ("how many …
// not …"). A small made-up report loaded from disk, and the form read from words of our own.
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("formOf: 'were all the X …' asks whether a part is its whole", () => {
  it("reads it with no number after 'all'", () => {
    expect(formOf("were all the letters to the office answered?")).toEqual({
      type: "check",
      against: "whole",
    });
    expect(formOf("have all of the audited funds been recovered?")).toEqual({
      type: "check",
      against: "whole",
    });
  });

  it("leaves 'all N' to the stated bound", () => {
    expect(formOf("were all 40 letters answered?")).toMatchObject({ type: "check", against: "threshold" });
  });
});

describe("a part against the whole the report gives with 'of which'", () => {
  const engine = engineFor({
    "Supervision of funds":
      "A reporting line was opened to the public; it received 412 letters and calls during the year, of which 398 were resolved. The audit office examined 60 cases, of which 60 were closed.",
  });

  it("says no, with the part, the whole and the rest", () => {
    const a = engine.answer("Were all the letters to the reporting line resolved?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 398 });
    expect(a.text).toContain("412");
  });

  it("says yes when the part is all of the whole", () => {
    expect(engine.answer("Were all the cases the audit office examined closed?")).toMatchObject({
      type: "yesno",
      verdict: "yes",
      value: 60,
    });
  });

  it("gives the rest of the whole when it is asked for", () => {
    expect(engine.answer("How many letters to the reporting line were not resolved?").value).toBe(14);
  });
});

describe("a share of the things done answers whether all were done", () => {
  const engine = engineFor({
    "Lottery Fund":
      "The welfare fund projects were carried out in 30 villages with a total investment of 90 million yuan, of which 40 million yuan was the lottery welfare fund. By the end of the year, 88.5% of the projects had been completed, accounting for 102% of the plan.",
  });

  it("says no from 'N% of the projects had been completed', even asked with a money word before 'projects'", () => {
    const a = engine.answer("Were all the welfare fund projects completed by the end of the year?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 88.5 });
  });
});

describe("a bare share closing a count's clause answers whether all were done", () => {
  const engine = engineFor({
    "Clinic upgrading":
      "In 2012, the province upgraded township clinics in remote areas. By the end of the year, 212 clinics passed the quality inspection, accounting for 85.0%. The clinics hired 430 doctors, accounting for 12.5% of the county's doctors.",
  });

  it("says no from 'N clinics passed …, accounting for P%'", () => {
    const a = engine.answer("Did all of the upgraded clinics pass the quality inspection?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 85 });
  });

  it("reads no share of another whole ('P% of the county's doctors') as all of the things", () => {
    expect(engine.answer("Were all of the county's doctors hired by the clinics?").type).not.toBe("yesno");
  });
});
