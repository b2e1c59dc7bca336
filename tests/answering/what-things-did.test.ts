// "What <plural noun> did X …?" asks for the things a sentence names: a passage, not a figure that
// merely shares the question's words (understand.ts, engine.ts countsOtherThings).
import { afterAll, describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { whatNounsDid } from "../../src/answering/names.js";
import { understand } from "../../src/answering/understand.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);
const glossary = fromTerms({});

describe("a 'what <things> did …' question", () => {
  it("reads the plural noun after up to three qualifiers", () => {
    expect(whatNounsDid("what local crops did the county promote?")?.[1]).toBe("crops");
    expect(whatNounsDid("what was the income of the county?")).toBeNull();
  });

  it("asks for a passage when it asks no kind of figure", () => {
    expect(understand("What local crops did the county promote?", glossary).passage).toBe(true);
    expect(understand("What funds did the county invest in 2012?", glossary).passage).toBe(false);
  });

  it("is answered by the sentence naming the things, not by a count of something else", () => {
    const engine = madeUpGansuEngine({
      "Herding industry":
        " In 2012, focusing on the local crops of highland barley, rapeseed, potato and angelica, the county arranged 12 million yuan of funds. The local crops benefited 8,600 poor households.",
    });
    expect(engine.answer("What local crops did the herding industry focus on?").type).toBe("passage");
  });
});
