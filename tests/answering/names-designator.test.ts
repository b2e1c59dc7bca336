// How a list writes its places' names: a word for the kind of place written once after the last
// bare name belongs to each ("A, B and C County"), and a place named for two peoples joined by
// "and" is one name ("X Manchu and Mongolian Autonomous County"). Sentences made up for this test.
import { describe, expect, it } from "vitest";
import { namesIn, withSharedDesignator } from "../../src/answering/names.js";
import { nameRuns } from "../../src/answering/names-runs.js";

describe("withSharedDesignator: the last name's designator on each bare name before it", () => {
  it("writes it on each", () => {
    expect(withSharedDesignator(["Alder", "Birch", "Cedar County"])).toEqual([
      "Alder County",
      "Birch County",
      "Cedar County",
    ]);
    expect(withSharedDesignator(["Alder", "Birch Cities"])).toEqual(["Alder City", "Birch City"]);
  });

  it("leaves a list whose names carry their own, or are not bare, as written", () => {
    expect(withSharedDesignator(["Alder County", "Birch City"])).toEqual(["Alder County", "Birch City"]);
    expect(withSharedDesignator(["Alder Dale", "Birch County"])).toEqual(["Alder Dale", "Birch County"]);
    // Only one word names the kind: a people's autonomous place is not shared out.
    expect(withSharedDesignator(["Alder", "Miao Autonomous Prefecture"])).toEqual([
      "Alder",
      "Miao Autonomous Prefecture",
    ]);
  });
});

describe("namesIn: names of a list as places", () => {
  it("gives each bare name of a 'namely' list its designator", () => {
    expect(
      namesIn("The pilots were launched in three counties, namely Alder, Birch and Cedar County.", "county"),
    ).toEqual(["Alder County", "Birch County", "Cedar County"]);
  });

  it("gives each bare name of a run its designator", () => {
    expect(namesIn("Work began in Alder, Birch, Cedar and Dale County in May.", "county")).toEqual([
      "Alder County",
      "Birch County",
      "Cedar County",
      "Dale County",
    ]);
  });

  it("keeps a place named for two peoples as one name in a 'namely' list", () => {
    expect(
      namesIn(
        "It ran in three counties, namely Alder County, Birch Hani Autonomous County and Cedar Yi and Miao Autonomous County, with 40 villages.",
        "county",
      ),
    ).toEqual(["Alder County", "Birch Hani Autonomous County", "Cedar Yi and Miao Autonomous County"]);
  });
});

describe("nameRuns: a place named for two peoples", () => {
  it("is one name of the run", () => {
    expect(
      nameRuns("It ran in Alder County, Birch County and Cedar Yi and Miao Autonomous County last year."),
    ).toEqual([["Alder County", "Birch County", "Cedar Yi and Miao Autonomous County"]]);
  });
});
