// 人 after a bound is the measure word for people of any kind: "技术员超过500人" bounds the
// technicians, as English says "more than 500 technicians" (zh-forms.ts peopleByNoun). Examples
// are of our own making, not from any question set.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { realEngine } from "../support/knowledge.js";

describe("a bound in people after a noun for a kind of person", () => {
  it("counts that noun", () => {
    expect(chineseForms("县里派出的技术员超过500人了吗")).toContain("500 技术员");
    expect(chineseForms("参加培训的学员是否达到1.2万人")).toContain("1.2万 学员");
  });

  it("leaves people counted as people, and a question that asks no yes or no", () => {
    expect(chineseForms("贫困人口超过100万人了吗")).toContain("100万人");
    expect(chineseForms("受益群众是否超过10万人")).toContain("10万人");
    expect(chineseForms("超过500人的村有多少个")).toContain("500人");
  });
});

describe("the engine on a bound in people", () => {
  it("checks the experts against it, not the people they served", () => {
    // 350 provincial agricultural experts were sent; nearly 100,000 poor people benefited.
    const a = realEngine().answer("派往贫困地区的省级专家是否超过360人？");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 350 });
  });
});
