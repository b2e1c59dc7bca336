// Lists of names as reports write them: with or without a lead word, ending where the sentence goes on.
import { describe, expect, it } from "vitest";
import { namesAnswer, namesIn } from "../../src/answering/names.js";
import { nameRuns } from "../../src/answering/names-runs.js";

describe("nameRuns: names listed by commas and a last 'and', without a lead word", () => {
  it("a run after a preposition or a noun", () => {
    expect(nameRuns("Storms hit Alderton, Birchby and Cedarford cities in the south.")).toEqual([
      ["Alderton", "Birchby", "Cedarford"],
    ]);
    expect(nameRuns("The office gave funds to the four prefectures of Alda, Brin, Coll and Dunn.")).toEqual([
      ["Alda", "Brin", "Coll", "Dunn"],
    ]);
  });

  it("the words opening the sentence are no part of the first name", () => {
    expect(nameRuns("In July, Alderton, Birchby and Cedarford were flooded.")).toEqual([
      ["Alderton", "Birchby", "Cedarford"],
    ]);
  });

  it("two names joined by 'and' are no run: one name may hold an 'and'", () => {
    expect(nameRuns("The Bureau of Industry and Commerce helped.")).toEqual([]);
  });
});

describe("namesIn: lists without a lead word, and where a lead-word list ends", () => {
  it("a run of names is a list when no 'namely' leads into it", () => {
    expect(namesIn("Storms hit Alderton, Birchby and Cedarford cities in the south.")).toEqual([
      "Alderton",
      "Birchby",
      "Cedarford",
    ]);
  });

  it("a run of names of the kind opening the sentence", () => {
    expect(
      namesIn("Alder County, Birch County and Cedar County remained the largest producers.", "county"),
    ).toEqual(["Alder County", "Birch County", "Cedar County"]);
  });

  it("a list of names ends at the first item in lower case", () => {
    expect(
      namesIn(
        "The second batch, namely Alder County, Birch County and Cedar County, where work starts next year.",
      ),
    ).toEqual(["Alder County", "Birch County", "Cedar County"]);
    expect(
      namesIn(
        "Pilots ran in three counties, namely Alder County, Birch County and Cedar County, with a planned investment of 9 million Yuan.",
        "county",
      ),
    ).toEqual(["Alder County", "Birch County", "Cedar County"]);
  });

  it("the article before a list of names is not part of its first name", () => {
    expect(namesIn("It covered four groups, namely the Alda, Brin, Coll and Dunn.")).toEqual([
      "Alda",
      "Brin",
      "Coll",
      "Dunn",
    ]);
  });

  it("a list of lower-case items keeps them all", () => {
    expect(
      namesIn(
        "Through the implementation of industrial support, technology training, microfinance and mutual funds, the income of farmers was increased.",
      ),
    ).toEqual(["industrial support", "technology training", "microfinance", "mutual funds"]);
  });
});

describe("namesAnswer: the clause that matches the question", () => {
  it("of a sentence listing names in two clauses, the clause sharing the question's words", () => {
    const s =
      "In the Alder area, the pilot counties, namely Ash County and Elm County, covered 40 villages; in the Birch area, the pilot counties, namely Oak County, Yew County and Fir County, covered 30 villages.";
    const asked = { partners: false, kind: "county", stems: ["pilot", "counti", "birch", "area"] };
    expect(namesAnswer(asked, [s], [s])?.items).toEqual(["Oak County", "Yew County", "Fir County"]);
    expect(namesAnswer({ ...asked, stems: ["pilot", "alder"] }, [s], [s])?.items).toEqual([
      "Ash County",
      "Elm County",
    ]);
  });
});

describe("namesAnswer: names in the sentences that develop a topic sentence", () => {
  const inOrder = [
    "First, the fairs were held.",
    "Second, the east-west pairing was deepened.",
    "The six paired towns, namely Alda, Brin, Coll and Dunn, gave 9 million Yuan.",
    "Third, the Office, namely Ash and Elm, trained staff.",
  ];
  const asked = { partners: false, stems: ["pair", "town", "east-west"] };

  it("a topic sentence that gives no names is followed by the one that names them", () => {
    expect(namesAnswer(asked, [inOrder[1]!], inOrder)).toEqual({
      sentence: inOrder[2],
      items: ["Alda", "Brin", "Coll", "Dunn"],
    });
  });

  it("a following sentence sharing no word with the question gives no names", () => {
    expect(namesAnswer({ ...asked, stems: ["fair"] }, [inOrder[0]!], inOrder)).toBeUndefined();
  });
});

describe("namesAnswer: a sentence stating figures introduces no topic", () => {
  it("the names after a sentence with figures are not read for it", () => {
    const inOrder = [
      "It built 30 km of roads and set up shops and clinics for all the villages.",
      "Through the implementation of industrial support, technology training and mutual funds, village incomes rose.",
    ];
    expect(
      namesAnswer({ partners: false, stems: ["villag", "built"] }, [inOrder[0]!], inOrder),
    ).toBeUndefined();
  });
});

describe("names of the kind asked before a lower-case series sharing the kind's word", () => {
  it("answers 'which counties' with the county names, though a series of 'county towns' ranks first", () => {
    const series = "The new villages were mainly built near county towns, market towns and industrial parks.";
    const named =
      "The province built 30 sites in Oak County, Yew County and Fir County, with 90,000 square metres of houses.";
    const asked = { kind: "county", noun: "counties", partners: false, stems: ["site"] };
    expect(namesAnswer(asked, [series, named], [series, named])?.items).toEqual([
      "Oak County",
      "Yew County",
      "Fir County",
    ]);
  });
});
