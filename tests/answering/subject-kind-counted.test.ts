// A count asked with a broader word than the report's ("shows" where the report counts its TV
// "programmes", a kind of show) asks for a thing the report has: not refused as unknown (rank.ts
// marks the rewording counted; subject.ts unknownSubject).
import { afterAll, describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { unknownSubject } from "../../src/answering/subject.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("unknownSubject: a broader word for what the report counts", () => {
  const engine = madeUpGansuEngine({
    Publicity:
      "The provincial website posted 900 pieces of information, and the provincial TV broadcast 14 programmes.",
  });
  const subjectOf = (text: string) => {
    const q = readQuestion(text, engine.index, engine.glossary);
    return unknownSubject(q, queryTerms(q, engine.index));
  };

  it("does not refuse 'shows' where the report counts programmes", () => {
    expect(subjectOf("How many TV shows did the provincial TV broadcast?")).toBeUndefined();
  });

  it("still refuses a noun the report has no word for", () => {
    expect(subjectOf("How many teachers did the provincial TV train?")).toBe("“teachers”");
  });
});
