// A Chinese yes/no against a bound the question states says the comparison in Chinese, with the
// bound in Chinese number forms (localize.ts), not only 是/否 and the figure.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a Chinese check against a stated bound", () => {
  it("states the figure, the comparison and the bound", () => {
    const a = realEngine().answer("扶贫资金是否超过40亿元？");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes" });
    expect(a.text).toContain("44.18亿元超过40亿元。");
    const no = realEngine().answer("雨露计划培训的人数是否超过三十万人？");
    expect(no.text).toContain("20.63万人没有超过30万人。");
  });
});
