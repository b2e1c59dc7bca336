// "还有多少…没有V" / "有几个…尚未V": a how-many question whose verb is negated asks what remains,
// the whole less those that have done it (zh-forms.ts notYet), never the whole itself. Examples
// are of our own making, not from any question set.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { realEngine } from "../support/knowledge.js";

describe("a negated verb in a Chinese how-many question", () => {
  it("reads 'not yet', which asks what remains", () => {
    expect(chineseForms("还有多少户没有搬迁？")).toContain(" not yet 搬迁");
    expect(chineseForms("有几个村尚未通路")).toContain(" not yet 通路");
    expect(chineseForms("未完工的项目有多少个")).toContain("not yet 完工");
  });

  it("leaves a negation inside a word, a yes/no particle and a question that asks no count", () => {
    expect(chineseForms("未来三年计划投资多少钱")).not.toContain("not yet");
    expect(chineseForms("有多少村没有")).toBe("有多少村没有？");
    expect(chineseForms("道路修好没有")).toBe("道路修好吗？");
    expect(chineseForms("哪个县没有完成任务")).not.toContain("not yet");
  });
});

describe("the engine on what remains", () => {
  it("gives the whole less the part, not the whole", () => {
    // 251 project villages, of which the work was under way in 239.
    const a = realEngine().answer("有多少个世行项目村还未有序开展工作？");
    expect(a).toMatchObject({ type: "derived", value: 12 });
  });
});

describe("还有多少 with no negation", () => {
  it("asks the stock that remains, as 'remaining' before the question word, never 'still' as a topic", () => {
    expect(chineseForms("这个县的危房还有多少？")).toContain(" remaining 多少");
    expect(chineseForms("还有几所学校？")).toContain("remaining");
    expect(chineseForms("这个县的危房还有多少？")).not.toContain("还有");
  });

  it("leaves a negated verb after it to the remainder reading", () => {
    expect(chineseForms("还有多少户没有搬迁？")).not.toContain("remaining");
    expect(chineseForms("还有多少户没有搬迁？")).toContain(" not yet 搬迁");
  });
});
