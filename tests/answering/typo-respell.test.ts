// Respelling by the kind of slip: a letter run, a stem that happens to match another word's, and
// a misspelt everyday word the report lacks, which must become that word and never a report word.
import { describe, expect, it } from "vitest";
import { respellerOver } from "../support/corrector.js";
import { respelling } from "../../src/answering/respell.js";

const REPORT_WORDS = [
  "village",
  "villages",
  "bridges",
  "province",
  "provincial",
  "water",
  "total",
  "funds",
  "world",
  "bank",
  "loans",
];
const index = respellerOver(REPORT_WORDS);

describe("respelling by the kind of slip", () => {
  it("a letter typed three times is the word with its double letter, not the register's single one", () => {
    expect(respelling("villlage", index)).toBe("village");
  });

  it("a non-word whose stem happens to be a report word's is written as the report word one slip away", () => {
    expect(respelling("bridgs", index)).toBe("bridges");
    expect(respelling("totall", index)).toBe("total");
    // Its stem is "province"'s; the word one dropped letter away is "provincial".
    expect(respelling("provincal", index)).toBe("provincial");
  });

  it("a misspelt everyday word the report lacks becomes that word", () => {
    expect(respelling("monney", index)).toBe("money");
    expect(respelling("throgh", index)).toBe("through");
    expect(respelling("mnay", index)).toBe("many");
  });

  it("never a report word when an everyday word is the likelier slip", () => {
    // One dropped letter from "weather", one stray letter from the report's "water".
    expect(respelling("wather", index)).toBe("weather");
  });

  it("two report words run together are the two words", () => {
    expect(respelling("worldbank", index)).toBe("world bank");
    expect(respelling("bankloans", index)).toBe("bank loans");
    // Not when a part is no report word, nor an everyday word.
    expect(respelling("worldpeace", index)).toBeUndefined();
    expect(respelling("backwater", index)).toBeUndefined();
  });
});
