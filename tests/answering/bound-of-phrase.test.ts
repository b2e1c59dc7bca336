// "More than 10 of the science and technology projects": a bound written before "of the <noun
// phrase>" counts that phrase's head, whatever money word the question's verb carries ("fund").
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

describe("understand: a bound of 'N of the X'", () => {
  it("counts the head of the phrase after 'of the'", () => {
    const q = understand(
      "Did the central government fund more than 10 of the science and technology projects?",
      fromTerms({}),
    );
    expect(q.kinds).toEqual(["count"]);
    expect(q.countUnit).toBe("projects");
  });

  it("leaves a money bound money", () => {
    const q = understand("Did the province put in more than 10 million yuan of the funds?", fromTerms({}));
    expect(q.kinds).toEqual(["money"]);
  });
});
