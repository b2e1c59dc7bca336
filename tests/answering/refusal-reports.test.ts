// A refusal says which reports it searched: by name when they are few, by count when they are many
// (a list of hundreds says nothing), and in the plural when there are several (compose.ts).
import { describe, expect, it } from "vitest";
import { noAnswerText, REPORTS_NAMED_MAX } from "../../src/answering/compose.js";
import type { KnowledgeBase } from "../../src/knowledge/load.js";

const kbOf = (n: number) =>
  ({
    reports: Array.from({ length: n }, (_, i) => ({
      meta: { id: `r${i}`, region: `Region${i}`, year: 2011 + (i % 3), title: `Report ${i}` },
    })),
  }) as unknown as KnowledgeBase;

const reason = "The report has no figure that matches what was asked.";

describe("noAnswerText: the reports searched", () => {
  it("names a few reports, in the plural", () => {
    expect(noAnswerText(reason, [], false, undefined, kbOf(2))).toBe(
      "I can't answer that from the Region0 2011 and Region1 2012 reports. The reports have no figure that matches what was asked.",
    );
  });

  it("counts many reports instead of naming them", () => {
    const text = noAnswerText(reason, [], false, undefined, kbOf(REPORTS_NAMED_MAX + 5));
    expect(text).toMatch(/^I can't answer that from the 9 loaded reports\./);
    expect(noAnswerText(reason, [], true, undefined, kbOf(9))).toMatch(/^已载入的9份报告中没有找到答案/);
  });

  it("keeps one report in the singular", () => {
    expect(noAnswerText(reason, [], false, undefined, kbOf(1))).toBe(
      "I can't answer that from the Region0 2011 report. The report has no figure that matches what was asked.",
    );
  });
});
