// 投了多少钱, 花了多少钱, 筹了多少: a clause asking what was given, spent or raised asks an amount of
// money. The forms write it "put in how much" / "raised how much" (zh-forms.ts), dropping 钱; the
// question reader takes the kind from that frame (understand.ts figureKinds, MONEY_FRAME).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const kindsOf = (q: string) => understand(chineseForms(q), fromTerms({}), {}).kinds;

describe("a verb of giving before 多少 asks money", () => {
  it("reads money alone, not an area or a count (投了多少钱, 花了多少钱, 拨了多少)", () => {
    // Before: money, area, count, and a count of the villages the programme reached was answered.
    expect(kindsOf("2012年整村推进总共投了多少钱？")).toEqual(["money"]);
    expect(kindsOf("农村低保一共花了多少钱？")).toEqual(["money"]);
    expect(kindsOf("省里拨了多少？")).toEqual(["money"]);
    expect(kindsOf("群众自筹了多少？")).toEqual(["money"]);
  });

  it("leaves a bare how-much clause as it was", () => {
    expect(kindsOf("how much was done")).toEqual(["money", "area", "count"]);
  });
});
