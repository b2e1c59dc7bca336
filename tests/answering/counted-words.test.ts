// Words around what a question counts: "how many items of information" counts information as the
// report's "pieces of information" do (subject.ts), labourers are people (units.ts), a question word
// written without its vowels ("hw many") is that word (register.ts), and a growth passes over figures
// with no year before to the one that has it (compute.ts growthOf).
import { afterAll, describe, expect, it } from "vitest";
import { plainQuestion } from "../../src/answering/register.js";
import { countUnitIn } from "../../src/knowledge/units.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("what a question counts", () => {
  const engine = madeUpGansuEngine({
    Publicity:
      "In 2012, the website of the provincial poverty alleviation office released 620 pieces of information.",
    "Rain Plan":
      "In 2012, the province trained 168,500 labourers from poor households under the Rain Plan. Of the trainees, 96,200 received skills training for transfer employment and 142,600 trainees found jobs. This year the province trained 168,500 people, against 151,800 last year.",
  });

  it("reads 'items of' before a word the report has as a measure of that word", () => {
    expect(engine.answer("How many items of information did the office website release?")).toMatchObject({
      answered: true,
      value: 620,
    });
    expect(engine.answer("What was the salary of the Rain Plan trainees?").answered).toBe(false);
  });

  it("counts labourers and workers as people", () => {
    expect(countUnitIn("labourers")).toBe("people");
    expect(countUnitIn("laborers")).toBe("people");
    expect(countUnitIn("workers")).toBe("people");
  });

  it("reads a question word written without its vowels", () => {
    expect(plainQuestion("hw many ppl, wht was the total frm the centre")).toBe(
      "how many people, what was the total from the centre",
    );
    expect(plainQuestion("why dd it")).toBe("why dd it");
  });

  it("finds the growth of the figure that has its year before, past ones that have none", () => {
    expect(
      engine.answer(
        "By what percent did the number of Rain Plan trainees grow in 2012 compared with the year before?",
      ),
    ).toMatchObject({ type: "derived", value: 11 });
  });
});
