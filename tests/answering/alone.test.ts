// A giver asked for on its own ("the central government alone") is not answered with its figure
// together with another's ("the central and provincial government") (alone.ts).
import { describe, expect, it } from "vitest";
import { jointWhereAlone, listedWithOthersWhereAlone, singledOut } from "../../src/answering/alone.js";

describe("singledOut", () => {
  it("is the phrase before 'alone' or 'by themselves', from the clause's verb or preposition", () => {
    expect([...(singledOut("how much did the central government alone put in") ?? [])]).toEqual([
      "the",
      "central",
      "government",
    ]);
    expect(singledOut("how much did the county governments put up by themselves")?.has("county")).toBe(true);
    expect(singledOut("how much came from the central government")).toBeUndefined();
  });
});

describe("jointWhereAlone", () => {
  const joint = "Rain Plan funds from the central and provincial government";

  it("holds for a figure of the one asked joined with another", () => {
    expect(jointWhereAlone("how much did the central government alone put in?", joint)).toBe(true);
    expect(
      jointWhereAlone(
        "of the money from city and county governments, how much did the county governments give by themselves?",
        "Funds from the city and county governments",
      ),
    ).toBe(true);
  });

  it("does not hold without a word singling one out, or when the figure is the one's own", () => {
    expect(jointWhereAlone("how much did the central government put in?", joint)).toBe(false);
    expect(
      jointWhereAlone(
        "how much did the central government alone put in?",
        "Funds from the central government",
      ),
    ).toBe(false);
  });
});

describe("a place singled out that its sentence lists beside others", () => {
  const sentence =
    "The pilots were launched in two counties in 2010, namely Alder County and Birch County, and the total investment was 50 million Yuan.";
  it("makes the sentence's figure the listed places' together", () => {
    expect(listedWithOthersWhereAlone("how much did the pilots in birch county alone cost?", sentence)).toBe(
      true,
    );
  });
  it("not when nothing is singled out, or the place stands alone in its sentence", () => {
    expect(listedWithOthersWhereAlone("how much did the pilots in birch county cost?", sentence)).toBe(false);
    expect(
      listedWithOthersWhereAlone(
        "how much did birch county alone invest?",
        "Birch County invested 5 million Yuan in the pilots.",
      ),
    ).toBe(false);
  });
});

// A figure its sentence gives for a list of places, asked for one of them alone
// (listedWithOthersWhereAlone). Sentences and places of our own.
describe("listedWithOthersWhereAlone", () => {
  const two =
    "The clinics were built in two pilot counties in 2009, namely Aville County and Beetown County, and cost 8 million Yuan.";
  const three =
    "In 2010 the pilots ran in three counties, namely Aville, Beetown and Ceeville County, at 9 million Yuan.";

  it("is true when the question singles out some of the listed places", () => {
    expect(listedWithOthersWhereAlone("How much did the clinics in Beetown County alone cost?", two)).toBe(
      true,
    );
    expect(listedWithOthersWhereAlone("how much did Ceeville alone spend on the pilots?", three)).toBe(true);
  });

  it("is false without 'alone', when every listed place is asked, or when the sentence lists one place", () => {
    expect(listedWithOthersWhereAlone("How much did the clinics in Beetown County cost?", two)).toBe(false);
    expect(
      listedWithOthersWhereAlone("How much did the clinics in Aville and Beetown alone cost?", two),
    ).toBe(false);
    const one = "The clinics were built in Beetown County and cost 8 million Yuan.";
    expect(listedWithOthersWhereAlone("How much did the clinics in Beetown County alone cost?", one)).toBe(
      false,
    );
  });
});
