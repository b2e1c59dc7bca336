// A giver asked for on its own ("the central government alone") is not answered with its figure
// together with another's ("the central and provincial government") (alone.ts).
import { describe, expect, it } from "vitest";
import { jointWhereAlone, listedPlacesWhereAlone, singledOut } from "../../src/answering/alone.js";

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

// A figure its sentence gives for a list of places, asked for one of them alone
// (listedPlacesWhereAlone). Sentences and places of our own.
describe("listedPlacesWhereAlone", () => {
  const two =
    "The clinics were built in two pilot counties in 2009, namely Aville County and Beetown County, and cost 8 million Yuan.";
  const three =
    "In 2010 the pilots ran in three counties, namely Aville, Beetown and Ceeville County, at 9 million Yuan.";

  it("is true when the question singles out some of the listed places", () => {
    expect(listedPlacesWhereAlone("How much did the clinics in Beetown County alone cost?", two)).toBe(true);
    expect(listedPlacesWhereAlone("how much did Ceeville alone spend on the pilots?", three)).toBe(true);
  });

  it("is false without 'alone', when every listed place is asked, or when the sentence lists one place", () => {
    expect(listedPlacesWhereAlone("How much did the clinics in Beetown County cost?", two)).toBe(false);
    expect(listedPlacesWhereAlone("How much did the clinics in Aville and Beetown alone cost?", two)).toBe(
      false,
    );
    const one = "The clinics were built in Beetown County and cost 8 million Yuan.";
    expect(listedPlacesWhereAlone("How much did the clinics in Beetown County alone cost?", one)).toBe(false);
  });
});
