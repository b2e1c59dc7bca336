// Words that say what kind of figure is asked, not what about: they never count as a question's topic.
import { describe, expect, it } from "vitest";
import { contentWords } from "../../src/text/words.js";

const topics = (q: string) => contentWords(q).map((w) => w.surface);

describe("contentWords", () => {
  it("drops the nouns English uses for a quantity of anything, a length among them", () => {
    expect(topics("What length of canals was built?")).toEqual(["canals", "built"]);
    expect(topics("what was the total amount of funds")).toEqual(["total", "funds"]);
  });

  it("keeps the words that say what is measured", () => {
    expect(topics("how many km of village roads")).toContain("roads");
  });
});

describe("the intensifier 'own'", () => {
  it("is grammar, like the reflexives: it says whose, not what", () => {
    expect(topics("what was the county's own matching payment")).toEqual(["county", "matching", "payment"]);
  });
});

describe("prepositions", () => {
  it("are a closed class that relates topics and names none", () => {
    expect(topics("money put toward the schools during the drought through the banks")).toEqual([
      "money",
      "put",
      "schools",
      "drought",
      "banks",
    ]);
  });
});

describe("the pronoun 'one'", () => {
  it("stands for a noun and names none, as 'it' does", () => {
    expect(topics("quick one: how much was spent on relocation")).toEqual(["quick", "spent", "relocation"]);
    expect(topics("which ones got loans")).toEqual(["loans"]);
  });
});
