// A form the frequency list lacks is English when it is a regular inflection of a word the list has,
// in a part of speech WordNet gives that word; such a word is never respelt into a report word.
import { describe, expect, it } from "vitest";
import { isEnglishForm, isInflectedEnglish } from "../../src/answering/english-forms.js";
import { respelling } from "../../src/answering/respell.js";
import { respellerOver } from "../support/corrector.js";

describe("isInflectedEnglish", () => {
  it("knows a rare form of a known word", () => {
    // "dole" is a verb only as "dole out".
    expect(isInflectedEnglish("doled")).toBe(true);
    expect(isInflectedEnglish("overhauls")).toBe(true);
    expect(isInflectedEnglish("tallied")).toBe(true);
    expect(isEnglishForm("doled")).toBe(true);
  });

  it("not a misspelling that looks like one", () => {
    // "lice" is no verb; "farm" takes no "-es".
    expect(isInflectedEnglish("licing")).toBe(false);
    expect(isInflectedEnglish("farmes")).toBe(false);
    expect(isInflectedEnglish("vilages")).toBe(false);
  });
});

describe("respelling a rare form of an English word", () => {
  const index = respellerOver(["holes", "holed", "loans", "living", "farmers"]);
  it("leaves it as written", () => {
    expect(respelling("doled", index)).toBeUndefined();
  });
  it("still respells a misspelling", () => {
    expect(respelling("licing", index)).toBe("living");
    expect(respelling("farmes", index)).toBe("farmers");
  });
});
