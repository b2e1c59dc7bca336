// A condition that gives one giver's part as an amount ("…, how much did the province give if the
// central government issued 2 million?") sets that giver aside: its part is known, and the part
// asked for is the joint figure minus it (set-aside.ts, sources.ts). Questions of our own making.
import { describe, expect, it } from "vitest";
import { setAsideIn } from "../../src/answering/set-aside.js";
import { sourcesIn } from "../../src/answering/sources.js";
import { realEngine } from "../support/knowledge.js";

const read = (english: string) => {
  const s = setAsideIn(english, english, sourcesIn);
  return s && { aside: [...s.aside].sort(), asked: [...s.asked].sort() };
};

describe("setAsideIn: a condition that states a giver's part", () => {
  it("sets the condition's giver aside and asks about the asking clause's", () => {
    expect(
      read(
        "of the 30 million, how much did the city government give if the county government gave 5 million?",
      ),
    ).toEqual({
      aside: ["county"],
      asked: ["city"],
    });
    expect(
      read("assuming the provincial government put in 20 million, what did the central government give?"),
    ).toEqual({
      aside: ["provincial"],
      asked: ["central"],
    });
  });

  it("is nothing for a condition with no amount, or a level's word that is a place", () => {
    expect(read("how much did the province give if the central government gave more?")).toBeUndefined();
    expect(read("how much did the province give if 30 counties took part?")).toBeUndefined();
  });
});

describe("the part asked for, given the other giver's part", () => {
  it("is the joint figure minus the part the condition gives", () => {
    // Before: no answer (the condition's giver was read as asked too).
    const a = realEngine().answer(
      "Of the 42 million Yuan for science and technology poverty alleviation, how much came from the provincial government if the central government issued 2 million?",
    );
    expect(a).toMatchObject({ type: "derived", value: 40_000_000 });
  });
});
