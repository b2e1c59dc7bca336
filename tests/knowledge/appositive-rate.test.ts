// A rate set after a comma as a noun phrase ("…, an employment rate of 85%") is the rate of the
// figure the clause before it ends with, and says so in its label.
import { describe, expect, it } from "vitest";
import { readSentence as read } from "../support/one-sentence.js";

const labelOf = (sentence: string, written: string) =>
  read(sentence).entries.find((e) => e.written === written)?.label;

describe("appositive rates", () => {
  it("names the figure an appositive rate restates", () => {
    expect(labelOf("After the course, 4,300 herders found work, an employment rate of 81.2%.", "81.2%")).toBe(
      "Employment rate of herders that found work",
    );
    expect(
      labelOf(
        "By June, RMB 2.1 billion had been paid to contractors, a disbursement rate of 77.5%.",
        "77.5%",
      ),
    ).toMatch(/^Disbursement rate of funds paid to contractors/);
  });

  it("leaves an appositive that is no rate, and a rate that is the clause's own subject, alone", () => {
    expect(labelOf("The county built 120 km of roads, a length of 40% of the plan.", "40%")).not.toMatch(
      /\bof roads\b/,
    );
    expect(labelOf("The employment rate of the 900 trainees reached 88%.", "88%")).not.toMatch(
      /rate of trainees/i,
    );
  });
});
