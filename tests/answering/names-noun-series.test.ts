// "What activities did X run?": every series of quoted items the best sentences introduce with the
// noun asked ("activities including “A”", later "the activities of “C”") answers, in the report's
// order (names.ts namesAnswer); a sentence that only names some other thing in quotes does not.
import { describe, expect, it } from "vitest";
import { namesAnswer } from "../../src/answering/names.js";

const first =
  'To build up the party organization, the office carried out activities including "learning from models" and "three visits".';
const other = 'The office set up the "one post, two duties" system for clean government.';
const second = 'It also carried out the activities of "branches in pairs" and "members in the field".';

describe("namesAnswer: things asked by their noun", () => {
  it("gives every series of them the best sentences introduce with the noun, in the report's order", () => {
    const found = namesAnswer(
      { noun: "activities", partners: false, stems: ["activ", "parti", "organ"] },
      [second, other, first],
      [first, other, second],
    );
    // (How each item is cut from its sentence is namesAnswer's other rules'; quotes aside.)
    expect(found?.items.map((i) => i.replace(/["“”]/g, ""))).toEqual([
      "learning from models",
      "three visits",
      "branches in pairs",
      "members in the field",
    ]);
  });

  it("keeps one sentence's names when only one introduces them with the noun", () => {
    const found = namesAnswer(
      { noun: "activities", partners: false, stems: ["activ"] },
      [second, other],
      [other, second],
    );
    expect(found?.items).toEqual(["branches in pairs", "members in the field"]);
  });
});
