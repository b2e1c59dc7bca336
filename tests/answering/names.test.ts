// The names a list question asks for, read from the report's sentences as written.
import { describe, expect, it } from "vitest";
import { namesAnswer, namesAskedIn, namesIn, partnersIn } from "../../src/answering/names.js";
import { stem } from "../../src/text/words.js";

describe("namesIn: the names of a kind a sentence gives", () => {
  it("a quoted title of another kind does not hide the capitalised names of the kind", () => {
    const s =
      'The "county-based integrated farming" project in Alder County, Birch County and Cedar County covered 30 villages.';
    expect(namesIn(s, "county")).toEqual(["Alder County", "Birch County", "Cedar County"]);
  });

  it("two names of the kind joined by 'and' are two names", () => {
    expect(
      namesIn("Work started in Alder County, Birch County and Cedar County last year.", "county"),
    ).toEqual(["Alder County", "Birch County", "Cedar County"]);
  });
});

describe("partnersIn: who a sentence says something was done with", () => {
  it("the items after 'jointly with', up to the clause, split where 'and' starts another item", () => {
    expect(
      partnersIn(
        "Jointly with the Regional Chamber of Trade and Industry and the local courier company, the Office mobilised donors across the whole province.",
      ),
    ).toEqual(["Regional Chamber of Trade and Industry", "local courier company"]);
  });

  it("a partner phrase inside the sentence ends where its clause goes on", () => {
    expect(partnersIn("The Office, together with the Youth League, held three fairs.")).toEqual([
      "Youth League",
    ]);
  });

  it("a list of partners ends at the item its 'and' joins", () => {
    expect(
      partnersIn("Together with Alder Bank, Birch Trust and Cedar Fund, the Office opened 12 shops."),
    ).toEqual(["Alder Bank", "Birch Trust", "Cedar Fund"]);
  });

  it("nothing when the sentence names no partners", () => {
    expect(partnersIn("The Office held three fairs with great success.")).toEqual([]);
  });
});

describe("namesAskedIn: what a names question asks of the names", () => {
  it("a group by its place in the report", () => {
    expect(namesAskedIn("which counties were in the second batch of pilots").ordinal).toBe(2);
    expect(namesAskedIn("which counties formed the first pilot group").ordinal).toBe(1);
    expect(namesAskedIn("which counties were in the last round").ordinal).toBe(-1);
    expect(namesAskedIn("which counties were in batch two").ordinal).toBe(2);
    expect(namesAskedIn("which counties were pilots").ordinal).toBeUndefined();
  });

  it("partners", () => {
    expect(namesAskedIn("who did the office partner with on the fairs").partners).toBe(true);
    expect(namesAskedIn("which bodies did the bureau team up with").partners).toBe(true);
    expect(namesAskedIn("which bodies ran the fairs").partners).toBe(false);
  });
});

describe("namesAnswer: the names asked for and the sentence giving them, never an empty list", () => {
  const section = [
    "The pilots ran in six counties in two batches.",
    "The first pilots, namely Alder County, Birch County and Cedar County, covered 30 villages.",
    "The later pilots in Dune County, Elm County and Fir County covered 20 villages.",
    "All six counties finished their projects.",
  ];
  const asked = (english: string) => ({ ...namesAskedIn(english), kind: "county", stems: [] });

  it("the group in the place asked, counted in the report's order whatever the ranking", () => {
    const found = namesAnswer(
      asked("which counties were in the second batch"),
      [section[1]!, section[2]!],
      section,
    );
    expect(found).toEqual({ sentence: section[2], items: ["Dune County", "Elm County", "Fir County"] });
    expect(
      namesAnswer(asked("which counties were in the last batch"), [section[1]!], section)?.sentence,
    ).toBe(section[2]);
  });

  it("no answer for a place the report does not have", () => {
    expect(
      namesAnswer(asked("which counties were in the third batch"), [section[1]!], section),
    ).toBeUndefined();
  });

  it("partners from the ranked sentence that shares most of the question's own words", () => {
    const other = "Jointly with the Trade Council, the Office held a fair for village shops.";
    const meant = "Jointly with the Youth League, the Office collected school bags for pupils.";
    const found = namesAnswer(
      {
        ...namesAskedIn("who did the office team up with for the school bags"),
        stems: ["offic", stem("school"), stem("bags")],
      },
      [other, meant],
      [other, meant],
    );
    expect(found).toEqual({ sentence: meant, items: ["Youth League"] });
  });

  it("undefined rather than an empty list when no sentence names anything", () => {
    expect(
      namesAnswer(asked("which counties took part"), [section[0]!, section[3]!], section),
    ).toBeUndefined();
  });
});

describe("who held a post", () => {
  const asked = (q: string) => ({ ...namesAskedIn(q), stems: [] as string[] });

  it("reads the post a 'who was the … of' question asks about", () => {
    expect(namesAskedIn("who was the chair of the provincial committee in 2011?").role).toBe("chair");
    expect(namesAskedIn("who praised the care packages action?").role).toBeUndefined();
  });

  it("names only whoever the report names beside the word for the post", () => {
    const q = asked("who was the chair of the provincial committee?");
    const named = "The meeting was opened by Wang Ming, chair of the Provincial Committee, in Zhengzhou.";
    expect(namesAnswer(q, [named], [named])?.items).toEqual(["Wang Ming"]);
  });

  it("gives no names when the post is only mentioned near other names", () => {
    const q = asked("who was the chair of the provincial committee?");
    const mentioned =
      "The province met the World Bank inspection group and held the provincial meeting of chairs of poverty alleviation committees.";
    expect(namesAnswer(q, [mentioned], [mentioned])).toBeUndefined();
  });
});
