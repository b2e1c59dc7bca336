// "What <things> were <verb>ed …": a plural noun that is no measure asks for the things a report
// names, often as a lower-case series after the verb ("set up shops, clinics and libraries"); two
// kinds asked together ("what books and films") are often named in two sentences. Sentences and
// questions made up for this test.
import { describe, expect, it } from "vitest";
import { namesAnswer, namesAskedIn, seriesAfterVerb } from "../../src/answering/names.js";
import { thingsAsked, understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("thingsAsked: the plural noun a 'what <nouns> were …' question asks for", () => {
  it("is a noun that names things, not a measure, money or a counted unit", () => {
    expect(thingsAsked("what amenities were built in each hamlet?")).toBe("amenities");
    expect(thingsAsked("what crops did the farmers grow?")).toBe("crops");
    expect(thingsAsked("what funds were given to each hamlet?")).toBeUndefined();
    expect(thingsAsked("what amounts were given to each hamlet?")).toBeUndefined();
    expect(thingsAsked("what was built in each hamlet?")).toBeUndefined();
  });

  it("asks for names, and 'each <place>' says where, not what to divide by", () => {
    const q = read("what amenities were built in each hamlet of the pilot?");
    expect(q.asksNames).toBe(true);
    expect(q.asksThings).toBe(true);
    expect(read("what projects were built in each hamlet?").asksThings).toBe(false);
    expect(q.derivation).toBeUndefined();
    expect(read("how much money was given to each household?").derivation).toMatchObject({ type: "average" });
  });
});

describe("seriesAfterVerb: the series a question's verb takes in a sentence", () => {
  const sentence =
    "The county paved 40 km of roads, and set up shops, clinics and reading rooms for all the hamlets.";
  it("lists the items after the verb and its particle, the last cut before its function word", () => {
    expect(seriesAfterVerb(sentence, ["set"])).toEqual(["shops", "clinics", "reading rooms"]);
  });

  it("gives nothing when the verb is not the question's, or takes no series", () => {
    expect(seriesAfterVerb(sentence, ["built"])).toEqual([]);
    expect(seriesAfterVerb(sentence, ["pave"])).toEqual([]);
  });

  it("answers a names question of things with no kind of name", () => {
    const asked = { ...namesAskedIn("what amenities were set up?"), stems: ["set"], things: true };
    expect(namesAnswer(asked, [sentence], [sentence])?.items).toEqual(["shops", "clinics", "reading rooms"]);
  });
});

describe("namesAnswer: things are never names in capitals", () => {
  it("gives no list from a sentence that names only places", () => {
    const s = "Shops were set up in Oak County, Elm County and Ash County.";
    const asked = { ...namesAskedIn("what amenities were set up?"), stems: ["set"], things: true };
    expect(namesAnswer(asked, [s], [s])).toBeUndefined();
  });
});

describe("namesAnswer: two kinds asked together", () => {
  const books = 'The bureau printed 12 "Field Notes" and 9 "Village Voices".';
  const films = 'Its film "From Fields to Factories" and the series "Roads Home" were shown on TV.';
  it("lists the names of the two best sentences that give any", () => {
    const asked = { ...namesAskedIn("what books and films did the bureau make?"), stems: [] };
    const found = namesAnswer(asked, [books, films], [books, films]);
    expect(found?.items).toEqual(["Field Notes", "Village Voices", "From Fields to Factories", "Roads Home"]);
    expect(found?.also).toBe(films);
  });

  it("keeps to the best sentence when one kind is asked", () => {
    const asked = { ...namesAskedIn("what books did the bureau print?"), stems: [] };
    expect(namesAnswer(asked, [books, films], [books, films])?.items).toEqual([
      "Field Notes",
      "Village Voices",
    ]);
  });
});
