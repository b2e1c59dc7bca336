// 那几个县 ("those few counties") names a group and asks nothing; the asking clause after it, whose
// 多少 a frame already wrote as "how much", is still the question (zh-forms.ts). Made-up phrases.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("chineseForms: a demonstrative with 几", () => {
  it("reads 那几个 as 那些 and keeps the clause that asks", () => {
    const read = chineseForms("去年新增的那几个县，每个县拿到多少资金？");
    expect(read).toContain("那些县");
    expect(read).toContain("how much");
    expect(read).not.toContain("how many counties");
  });

  it("still asks with 几个 where no demonstrative stands before it", () => {
    expect(chineseForms("去年新增了几个县？")).toContain("how many");
  });
});
