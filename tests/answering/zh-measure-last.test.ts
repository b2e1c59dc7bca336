// A subject ending in a verbal noun right before 多少, with no copula, names the measure asked
// (zh-head.ts subjectFirst): its plan noun modifies it, the nouns before it say whose. Made-up
// clauses, not from any question set.
import { describe, expect, it } from "vitest";
import { subjectFirst } from "../../src/answering/zh-head.js";

describe("subjectFirst: a verbal noun last, no copula", () => {
  it("puts the measure and its plan noun first, the owner after 'of'", () => {
    expect(subjectFirst("2014年旅游扶贫项目计划投资多少")).toBe(
      "what 计划投资 of 旅游扶贫项目 is 2014年 多少",
    );
  });

  it("leaves a clause whose last word is a verb as the verb readings have it", () => {
    // 投入 after 财政 is the verb of giving (jieba v), read as before.
    expect(subjectFirst("中央财政投入了多少")).not.toMatch(/ of /);
  });
});
