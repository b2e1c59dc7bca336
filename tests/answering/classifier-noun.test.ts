// "Which kinds of schools": the names asked are of the noun after the classifier's "of".
import { describe, expect, it } from "vitest";
import { nounPastClassifier } from "../../src/answering/classifier-noun.js";
import { namesAnswer, namesAskedIn } from "../../src/answering/names.js";

describe("nounPastClassifier", () => {
  it("reads past 'kinds of', 'types of', 'sorts of' to the noun asked", () => {
    expect(nounPastClassifier("which kinds of schools did the county open?", "kinds")).toBe("schools");
    expect(nounPastClassifier("what types of crops were grown?", "types")).toBe("crops");
    expect(nounPastClassifier("what sorts of the clinics were built?", "sorts")).toBe("clinics");
  });

  it("keeps a noun that is no classifier", () => {
    expect(nounPastClassifier("which towns of the county got roads?", "towns")).toBe("towns");
    expect(nounPastClassifier("which kinds did they grow?", "kinds")).toBe("kinds");
  });
});

describe("a names question asked by a classifier", () => {
  it("lists the series of the things the classifier classes", () => {
    const asked = namesAskedIn("which kinds of bodies did the county send to the hill villages?");
    expect(asked.noun).toBe("bodies");
    const sentence =
      "Third, send more county bureaus, banks, hospitals and schools to help the hill villages.";
    expect(
      namesAnswer(
        { ...asked, stems: ["bodi", "send", "hill", "villag"], things: true },
        [sentence],
        [sentence],
      )?.items,
    ).toEqual(["county bureaus", "banks", "hospitals", "schools"]);
  });
});
