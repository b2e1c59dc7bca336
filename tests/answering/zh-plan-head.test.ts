// A plan noun ending the subject of a Chinese how-much clause (整合资金计划) names the noun before
// it, planned: that noun is the head, the plan word goes after the copula, where "planned" stands in
// English (zh-head.ts planLast). Made-up clauses, not from any question set.
import { describe, expect, it } from "vitest";
import { subjectFirst } from "../../src/answering/zh-head.js";

describe("a plan noun after the subject's noun", () => {
  it("puts the planned noun first and the plan word after the copula", () => {
    expect(subjectFirst("2012年退耕还林项目的配套资金计划是多少")).toBe(
      "what 配套资金 of 退耕还林项目 is 2012年 计划 多少",
    );
  });

  it("keeps a plan noun that is all the subject, or part of a programme's name, as written", () => {
    expect(subjectFirst("年度计划是多少")).toBe("what 年度计划 is 多少");
    expect(subjectFirst("雨露计划是多少")).toBe("what 雨露计划 is 多少");
  });
});
