// A Chinese count with its counted noun last ("…有多少个项目村") and a measure per unit with no
// subject of its own ("…户均增收多少元") are put in English order, what is measured first, so the
// question reader takes it as the head phrase (zh-head.ts countedFirst, perUnitFirst). The phrases
// are made up for this test, not from any question set.
import { describe, expect, it } from "vitest";
import { countedFirst, perUnitFirst } from "../../src/answering/zh-head.js";

describe("countedFirst", () => {
  it("puts 多少 with its measure word and noun first, 'did' after them", () => {
    expect(countedFirst("旅游扶贫项目有多少个项目村")).toBe("多少个项目村 did 旅游扶贫项目有");
    expect(countedFirst("易地搬迁项目修了多少公里道路")).toBe("多少公里道路 did 易地搬迁项目修了");
  });

  it("leaves a bare measure noun (多少人, 多少户): a unit names no head", () => {
    expect(countedFirst("雨露计划培训了多少人")).toBe("雨露计划培训了多少人");
    expect(countedFirst("小额贷款扶持了多少户")).toBe("小额贷款扶持了多少户");
    // Without a measure word the noun is an amount (a population), not things counted one by one.
    expect(countedFirst("年末全省还有多少贫困人口")).toBe("年末全省还有多少贫困人口");
    expect(countedFirst("整村推进修了几座桥梁")).toBe("几座桥梁 did 整村推进修了");
  });

  it("leaves clauses that do not end in a counted noun, or that other readings own", () => {
    expect(countedFirst("社会扶贫资金有多少")).toBe("社会扶贫资金有多少");
    expect(countedFirst("平均每个村有多少个项目")).toBe("平均每个村有多少个项目");
    expect(countedFirst("多少个项目村")).toBe("多少个项目村");
    // Still asked in all after the forms before: parts to add, each with a count of its own.
    expect(countedFirst("两批试点一共涉及多少个项目村")).toBe("两批试点一共涉及多少个项目村");
  });
});

describe("perUnitFirst", () => {
  it("puts a measure per unit first, its unit after it, whose it is after the copula", () => {
    expect(perUnitFirst("互助资金扶持的农户户均增收多少元")).toBe(
      "what 增收户均 is 互助资金扶持的农户 多少 元",
    );
    expect(perUnitFirst("每人补贴多少钱")).toBe("what 补贴每人 is 多少 钱");
    expect(perUnitFirst("学生每人每年补贴多少钱")).toBe("what 每年补贴每人 is 学生 多少 钱");
  });

  it("reads 平均 right before the unit as the per unit it already says: the measure is still asked", () => {
    expect(perUnitFirst("合作社的社员平均每户增收多少元")).toBe("what 增收每户 is 合作社的社员平均 多少 元");
    // 平均 elsewhere in what stands before still leaves the clause to the average reader.
    expect(perUnitFirst("平均下来社员每户增收多少元")).toBe("平均下来社员每户增收多少元");
  });

  it("leaves a clause that asks no measure per unit", () => {
    expect(perUnitFirst("互助资金扶持了多少户")).toBe("互助资金扶持了多少户");
    expect(perUnitFirst("户均增收的目标是什么")).toBe("户均增收的目标是什么");
    // An average to work out, another unit, a subject named before a copula: other readings.
    expect(perUnitFirst("平均每户贷了多少钱")).toBe("平均每户贷了多少钱");
    expect(perUnitFirst("补助标准是每人每年多少元")).toBe("补助标准是每人每年多少元");
  });
});
