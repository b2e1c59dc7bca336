// An idiom CC-CEDICT gives only as a verb phrase names, before a noun, a kind of that noun; its
// leading verb is no topic (zh-gloss.ts withoutFrameVerb). Words of our own.
import { describe, expect, it } from "vitest";
import { glossChinese } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: an idiom before the noun it qualifies", () => {
  it("drops the verb phrase's leading verb (以工代赈 before 资金: 'work', not 'provide')", () => {
    const english = glossChinese("以工代赈", none, undefined, undefined, undefined, () => true);
    expect(english).toContain("work");
    expect(english).not.toContain("provide");
  });

  it("keeps the verb where no noun follows", () => {
    expect(glossChinese("以工代赈", none)).toContain("provide");
  });
});
