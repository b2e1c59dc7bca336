// A name shortened to its initials in a chat ("wb" for the World Bank) stands for that name.
import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { expandInitialisms, initialismsOf } from "../../src/answering/initialisms.js";
import { realEngine } from "../support/knowledge.js";

const sentences = [
  "The Asian Development Bank lent 20 million Yuan to the Sunshine Project.",
  "In May, the Ministry of Water Resources inspected the Sunshine Project again.",
  "Song County and Sui County joined the South Station pilots.",
];
const names = initialismsOf(sentences);
const known = (w: string) => ["sunshine", "project"].includes(w);

describe("initialismsOf", () => {
  it("takes the initials of capitalised names, with and without their small words", () => {
    expect(names.get("adb")).toBe("Asian Development Bank");
    expect(names.get("sp")).toBe("Sunshine Project");
    expect(names.get("mwr")).toBe("Ministry of Water Resources");
    expect(names.get("mowr")).toBe("Ministry of Water Resources");
  });

  it("drops initials that stand for two names, and does not join names at 'and'", () => {
    // "Song County" and "South Station" share "sc"; "Sui County" shares it too.
    expect(names.has("sc")).toBe(false);
    expect([...names.values()].some((n) => n.includes(" and "))).toBe(false);
  });
});

describe("expandInitialisms", () => {
  it("writes a token out as its name when it is neither English nor a report word", () => {
    expect(expandInitialisms("how much did the ADB lend? thx", names, known)).toBe(
      "how much did the Asian Development Bank lend? thx",
    );
    expect(expandInitialisms("mwr money in 2011", names, known)).toBe(
      "Ministry of Water Resources money in 2011",
    );
  });

  it("leaves English words, report words and mixed-case tokens alone", () => {
    const withEnglish = new Map([["bank", "Big Asian National Kitchen"]]);
    expect(expandInitialisms("which bank lent it", withEnglish, known)).toBe("which bank lent it");
    expect(expandInitialisms("the Adb lent it", names, known)).toBe("the Adb lent it");
  });
});

describe("initials in a question, read by the engine", () => {
  it("leave a chat abbreviation to mean what chats mean by it ('bc' is 'because')", () => {
    const engine = realEngine();
    // Henan's report names Boxing County, whose initials are also "bc".
    expect(
      readQuestion("how many ppl were moved bc of relocation", engine.index, engine.glossary).english,
    ).toContain("because");
    expect(readQuestion("wb project villages?", engine.index, engine.glossary).english).toContain(
      "world bank",
    );
  });
});
