// Chinese question forms put in the readings the engine has (zh-forms.ts): numbers in characters,
// yes/no particles, a question word where the answer stands, "how many more than planned", a
// share of the plan. Examples are of our own making, not from any question set.
import { describe, expect, it } from "vitest";
import { chineseForms, chineseNumeral, chineseNumbers } from "../../src/answering/zh-forms.js";
import { realEngine } from "../support/knowledge.js";

describe("numbers in Chinese characters", () => {
  it("are read with their magnitudes", () => {
    expect(chineseNumeral("一百零五")).toBe(105);
    expect(chineseNumeral("两亿")).toBe(200_000_000);
    expect(chineseNumeral("三万五千")).toBe(35_000);
    expect(chineseNumeral("一亿两千万")).toBe(120_000_000);
    expect(chineseNumeral("十二")).toBe(12);
  });

  it("become digits as bounds, percentages and fractions", () => {
    expect(chineseNumbers("超过三千万元")).toBe("超过30000000元");
    expect(chineseNumbers("百分之八十")).toBe("80%");
    expect(chineseNumbers("百分之12.5")).toBe("12.5%");
    expect(chineseNumbers("三分之一")).toBe("33.33%");
    expect(chineseNumbers("目标的一半")).toBe("目标的50%");
  });

  it("are left alone inside words: a bare digit or a magnitude alone", () => {
    for (const word of ["一共", "两项制度", "第一批", "三级政府", "千企帮千村"])
      expect(chineseNumbers(word)).toBe(word);
  });
});

describe("Chinese question forms", () => {
  it("turn 了没 / 没有 at the end into 吗, and a statement after the question into a lead-in", () => {
    expect(chineseForms("贷款发放任务完成了没？目标是5000户")).toBe("目标是5000户，贷款发放任务完成吗？");
    expect(chineseForms("道路修好没有")).toBe("道路修好吗？");
    // A question word already asks: 没有 there is a negation, not a yes/no particle.
    expect(chineseForms("有多少村没有")).toBe("有多少村没有？");
  });

  it("read the A-not-A form as 是否", () => {
    expect(chineseForms("资金够不够")).toBe("资金是否够？");
    expect(chineseForms("工程完没完成")).toBe("工程是否完成？");
  });

  it("bound a yes/no about all of a stated count by that count", () => {
    expect(chineseForms("30个村是不是全部通了电")).toContain("all 30个村");
    expect(chineseForms("30个村通了电")).not.toContain("all");
  });

  it("ask how far a result is from its plan, and a difference the way English asks it", () => {
    expect(chineseForms("培训人数比计划少了多少？")).toBe("培训人数 how many fewer than the 计划 ？");
    expect(chineseForms("贷款比年度目标多出多少")).toContain("how many more than the 年度目标");
    expect(chineseForms("甲县比乙县多多少户")).toBe("how many more 甲县 than 乙县 户？");
  });

  it("write a share of the plan as the report does", () => {
    expect(chineseForms("就业完成了计划的110%，计划是多少")).toContain("110% of the 计划");
    expect(chineseForms("户数比任务多了8%，任务是多少")).toContain("8% beyond the 任务");
    expect(chineseForms("总投资里，贷款占百分之多少")).toContain("what share");
  });

  it("put a which-question's 哪 phrase first, and not a place or a time", () => {
    expect(chineseForms("参加试点的是哪三个村啊")).toBe("哪些村 参加试点的？");
    expect(chineseForms("项目建了哪些设施")).toBe("哪些设施 项目建了？");
    expect(chineseForms("项目是哪年启动的")).not.toMatch(/^哪些/);
  });

  it("order 'A多还是B多' and 'which one's measure is larger' as the comparison reader expects", () => {
    expect(chineseForms("桥多还是井多")).toBe("桥还是井多？");
    // The measure after the question word goes onto each side (measureOnBothSides).
    expect(chineseForms("贷款和贴息，谁的金额更大")).toBe("贷款的金额和贴息的金额，谁更大？");
  });

  it("read a stated whole (N里 / N中), a set-aside lead clause and 多少 that asks for money", () => {
    expect(chineseForms("那300万里，除了县里的部分，市里拿出多少")).toBe(
      "那 of the 300万，市里 put in how much ？",
    );
    expect(chineseForms("一共发了多少贷款资金")).toContain("how much 贷款资金");
    expect(chineseForms("一共发了多少户")).not.toContain("how much");
  });

  it("read 多少 after a noun of money, its subject, as how much (before: how many, and a count answered)", () => {
    expect(chineseForms("重点县农民人均纯收入是多少？")).toContain("how much");
    expect(chineseForms("扶贫资金有多少")).toContain("how much");
    expect(chineseForms("收入增加的农户有多少户")).not.toContain("how much");
  });

  it("put a short lead phrase of a comparison before each of its two sides", () => {
    expect(chineseForms("修路的钱，县里和乡里哪个多")).toBe("修路的钱 县里和修路的钱 乡里哪个多？");
    // A lead with a number states something: it stays a lead.
    expect(chineseForms("投了500万，县里和乡里哪个多")).toBe("投了500万，县里和乡里哪个多？");
  });

  it("leave a question without Chinese unchanged", () => {
    expect(chineseForms("how many more than planned?")).toBe("how many more than planned?");
  });
});

describe("the engine on Chinese forms", () => {
  it("gives how many more than planned as the difference, not the achieved figure", () => {
    const a = realEngine().answer("雨露计划的培训比计划多出多少人？");
    expect(a.type).toBe("derived");
    expect(a.value).toBe(6300);
  });

  it("gives the part of a stated whole that another giver's part leaves", () => {
    const a = realEngine().answer("在4200万元的科技扶贫资金中，除去中央的部分，省里出了多少？");
    expect(a).toMatchObject({ type: "derived", value: 40_000_000 });
  });

  it("gives a verdict against a bound written in Chinese numerals", () => {
    const a = realEngine().answer("雨露计划培训的人数是否超过三十万人？");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 206_300 });
  });
});

describe("a remark after the asking clause", () => {
  it("is dropped when it states nothing, so the clause before it is the one asked", () => {
    expect(chineseForms("甲项目和乙项目哪个投资更多啊，感觉差不多？")).toBe(
      chineseForms("甲项目和乙项目哪个投资更多啊？"),
    );
  });

  it("goes before the question when it states a figure, and stays when it asks", () => {
    expect(chineseForms("甲项目投资是多少，计划是300万")).toMatch(/^计划是300万，/);
    expect(chineseForms("甲项目投资是多少，乙项目呢")).toContain("乙项目呢");
    expect(chineseForms("甲项目完成了吗，还差多少")).toContain("还差");
  });
});

describe("各类 before a noun", () => {
  it("names every kind, so 总共 after it still asks the total (before: dropped as one thing's 'in all')", () => {
    expect(chineseForms("省里各类扶贫资金总共有多少？")).toContain("总共");
    expect(chineseForms("省里扶贫资金总共有多少？")).not.toContain("总共");
  });
});
