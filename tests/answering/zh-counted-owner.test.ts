// A count whose noun owns what follows 的 ("多少农村人口的饮水安全问题") counts that noun: what
// follows is put first and the count after "of", as English writes it (zh-head.ts countedOwner).
// Made-up clauses, not from any question set.
import { describe, expect, it } from "vitest";
import { countedOwner } from "../../src/answering/zh-head.js";

describe("countedOwner", () => {
  it("puts what the counted noun owns first and the count after 'of'", () => {
    expect(countedOwner("2012年改善了多少农村学生的住宿条件")).toBe("2012年改善了住宿条件 of 多少农村学生");
    expect(countedOwner("有多少个贫困村的道路已经硬化")).toBe("有道路已经硬化 of 多少个贫困村");
  });

  it("leaves a count with nothing owned after it, or one other readings own", () => {
    expect(countedOwner("修了多少个村的")).toBe("修了多少个村的");
    expect(countedOwner("多少个项目村")).toBe("多少个项目村");
    expect(countedOwner("平均每个村有多少户的收入")).toBe("平均每个村有多少户的收入");
    expect(countedOwner("两批试点一共涉及多少个村的道路")).toBe("两批试点一共涉及多少个村的道路");
  });
});
