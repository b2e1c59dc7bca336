// "Were all N … ?" states the whole; when the report gives a part of it ("M of the N"), the part is
// what is checked against "all N" (judge.ts), never the stated whole measured against itself.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a yes/no about all of a stated whole", () => {
  it("checks the part the report gives against the whole, in English and Chinese", () => {
    const en = realEngine().answer("Had all 251 World Bank project villages got the work going?");
    expect(en).toMatchObject({ type: "yesno", verdict: "no", value: 239 });
    const zh = realEngine().answer("世界银行项目的251个项目村是否全部开展了工作？");
    expect(zh).toMatchObject({ type: "yesno", verdict: "no", value: 239 });
  });
});
