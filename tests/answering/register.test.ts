import { describe, expect, it } from "vitest";
import { plainQuestion, salience, wordRoles } from "../../src/answering/register.js";

describe("plainQuestion: a chat message as the plain question it stands for", () => {
  it("drops Discord markup, emoji, emoticons and markdown", () => {
    expect(plainQuestion("<@123456789012345678> how many households? @everyone 🙏 :) **pls**")).toBe(
      "how many households? please",
    );
    expect(plainQuestion("<@!1> <@&2> <#3> <:pog:4> hi")).toBe("hi");
  });

  it("keeps a number that an emoticon's eyes and mouth could spell ('8' and '3')", () => {
    expect(plainQuestion("what is 83.6% of the funds?")).toBe("what is 83.6% of the funds?");
    expect(plainQuestion("how much did the 83 villages get")).toBe("how much did the 83 villages get");
    expect(plainQuestion("thanks 8)")).toBe("thanks");
  });

  it("spells out chat abbreviations and short amounts", () => {
    expect(plainQuestion("whats the avg per hh tbh")).toBe("what is the average per hh");
    // An aside about the asking adds no words of its own ("not going to lie" would add a "not").
    expect(plainQuestion("ngl how many wells were dug thx")).toBe("how many wells were dug");
    expect(plainQuestion("was it over 200k ppl or 4.4 bil")).toBe(
      "was it over 200 thousand people or 4.4 billion",
    );
  });

  it("spells out an abbreviation written with a possessive ending", () => {
    expect(plainQuestion("the central govt's funds")).toBe("the central government's funds");
    expect(plainQuestion("the county govts' money")).toBe("the county governments' money");
  });

  it("splits a run-together pair of common words, but not a word the knowledge has", () => {
    expect(plainQuestion("howmany households")).toBe("how many households");
    expect(plainQuestion("howmany households", (w) => w === "howmany")).toBe("howmany households");
  });

  it("keeps a number with a colon or brackets that is no face", () => {
    expect(plainQuestion("ratio 3:1 (8)")).toBe("ratio 3:1 (8)");
  });
});

describe("salience: what a word the report lacks says about the topic", () => {
  it("costs next to nothing for greetings, function words and everyday verbs", () => {
    expect(salience("hey", "INTJ")).toBeLessThanOrEqual(0.1);
    expect(salience("actually", "ADV")).toBeLessThanOrEqual(0.1);
    expect(salience("thereby", "ADV")).toBe(0);
    expect(salience("wondering", "VERB")).toBeLessThan(0.2);
  });

  it("weighs the commonest words of English lightly without asking their part of speech", () => {
    let asked = false;
    expect(salience("thing", () => ((asked = true), "NOUN"))).toBeLessThanOrEqual(0.1);
    expect(asked).toBe(false);
  });

  it("keeps weight for content nouns, and full weight for words everyday English lacks", () => {
    expect(salience("weather", "NOUN")).toBeGreaterThan(0.5);
    expect(salience("tuition", "NOUN")).toBeGreaterThan(0.9);
    expect(salience("gdp", "PROPN")).toBe(1);
  });
});

describe("wordRoles", () => {
  it("reads a noun after a greeting as the listener, not the topic", () => {
    expect(wordRoles("hey bot how many households were moved").get("bot")).toBe("INTJ");
    expect(wordRoles("how many households were moved").get("households")).toBe("NOUN");
  });
});

describe("prepositions written in several words", () => {
  it("are said with one, so their nouns are not taken for topics", () => {
    expect(plainQuestion("how many roads were built as a result of the pilot")).toBe(
      "how many roads were built from the pilot",
    );
    expect(plainQuestion("how many jobs thanks to the leading enterprises")).toBe(
      "how many jobs from the leading enterprises",
    );
  });
});
