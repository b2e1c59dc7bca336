// A question that asks for a thing and gets no figure is answered by a passage only when the
// passage names that thing (passage-thing.ts). Sentences and questions of our own.
import { describe, expect, it } from "vitest";
import { passageNamesThing } from "../../src/answering/passage-thing.js";
import type { QueryTerm } from "../../src/answering/rank.js";
import { wordRoles } from "../../src/answering/register.js";
import type { Question } from "../../src/answering/understand.js";

const question = (english: string) => ({ english, roles: () => wordRoles(english) }) as unknown as Question;
const term = (t: string, alts: QueryTerm["alts"] = []) => ({ term: t, weight: 1, idf: 1, alts }) as QueryTerm;

describe("passageNamesThing", () => {
  const vocational =
    "The training courses hold a certain position in the county's vocational education system.";
  const q = question("what was the average tuition fee at the training courses?");

  it("is false when no sentence names the thing asked (before: the passage answered)", () => {
    expect(passageNamesThing(q, [term("fee")], [vocational])).toBe(false);
  });

  it("is true when a sentence names it, in its word or a synonym the search took for it", () => {
    expect(passageNamesThing(q, [term("fee")], ["Trainees paid no fees for the courses."])).toBe(true);
    const charge = [
      term("fee", [{ term: "charg", weight: 0.7, related: "synonym" } as QueryTerm["alts"][number]]),
    ];
    expect(passageNamesThing(q, charge, ["No charges were made for the courses."])).toBe(true);
  });

  it("is true when the question names no thing", () => {
    expect(passageNamesThing(question("when did it start?"), [], [vocational])).toBe(true);
  });
});
