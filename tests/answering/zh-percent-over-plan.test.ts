// "A比计划(任务)超出了百分之多少" asks the share beyond the plan, as "A超出计划百分之多少" does: no
// comparison of A with a percentage (zh-forms.ts). Examples of our own.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("a percentage asked beyond a plan", () => {
  it("is read as the share beyond the plan, with one plan word or two", () => {
    expect(chineseForms("培训人数比计划超出了百分之多少？")).toContain("超出计划百分之多少");
    expect(chineseForms("修路里程比计划任务超出百分之几？")).toContain("超出计划任务百分之几");
  });

  it("leaves an amount beyond the plan to the versus-plan reading", () => {
    expect(chineseForms("培训人数比计划多了多少？")).toContain("how many more than the 计划");
  });
});
