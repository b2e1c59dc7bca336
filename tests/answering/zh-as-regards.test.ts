// 在……方面 ("in the respect of …") frames what a clause is about; 方面 names no thing of its own
// (zh-forms.ts). Examples of our own.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("the frame 在……方面", () => {
  it("keeps what it frames and drops 方面", () => {
    const read = chineseForms("省里在教育扶贫方面投入了多少钱？");
    expect(read).toContain("教育扶贫");
    expect(read).not.toContain("方面");
  });

  it("leaves 方面 outside the frame alone", () => {
    expect(chineseForms("各方面的资金一共多少？")).toContain("方面");
  });

  it("drops 方面 ending a topic before the comma, without 在 (before: 'field' was searched)", () => {
    const read = chineseForms("教育扶贫方面，省里投了多少钱？");
    expect(read).toContain("教育扶贫");
    expect(read).not.toContain("方面");
  });

  it("keeps the topic a lead when the clause after it asks 多少 of a pair (before: its 少 read as a comparative)", () => {
    const read = chineseForms("教育扶贫方面，中央和省级安排了多少？");
    expect(read.match(/教育扶贫/g)).toHaveLength(1);
  });
});
