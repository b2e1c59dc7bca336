// An opening "after" clause (…后 / 以后 / 之后) says when: its action is no word of what is asked
// (zh-after.ts). Questions and programme names of our own.
import { describe, expect, it } from "vitest";
import { ofPriorAction, priorAction, withoutPriorAction } from "../../src/answering/zh-after.js";

// A stand-in for the report's section titles: the programmes it names are relocation and the Rain Plan.
const programme = (zh: string) => /雨露计划|搬迁/.test(zh);

describe("withoutPriorAction", () => {
  it("drops the action of a named programme's opening after-clause, keeping the programme", () => {
    expect(withoutPriorAction("雨露计划培训结束后有多少人开了网店？", programme)).toBe(
      "雨露计划有多少人开了网店？",
    );
    expect(withoutPriorAction("雨露计划培训完以后，几个人当了村医？", programme)).toBe(
      "雨露计划，几个人当了村医？",
    );
  });

  it("keeps an action that is itself the programme, and a clause naming no programme before its action", () => {
    expect(withoutPriorAction("扶贫搬迁后人均收入增加了多少？", programme)).toBe(
      "扶贫搬迁后人均收入增加了多少？",
    );
    expect(withoutPriorAction("大桥建成之后有多少人受益？", programme)).toBe("大桥建成之后有多少人受益？");
  });

  it("keeps a question with no question word after the clause, or no programme test", () => {
    expect(withoutPriorAction("雨露计划培训结束后就业情况", programme)).toBe("雨露计划培训结束后就业情况");
    expect(withoutPriorAction("雨露计划培训结束后有多少人开了网店？")).toBe(
      "雨露计划培训结束后有多少人开了网店？",
    );
  });
});

describe("priorAction", () => {
  it("gives the action left out and the outcome asked after it", () => {
    expect(priorAction("雨露计划培训结束后有多少人开了网店？", programme)).toEqual({
      action: "培训结束",
      outcome: "有多少人开了网店？",
    });
    expect(priorAction("扶贫搬迁后人均收入增加了多少？", programme)).toBeUndefined();
  });
});

describe("ofPriorAction", () => {
  const prior = { action: ["train"], outcome: ["open", "shop"] };
  it("tells the action's own figure from the outcome's", () => {
    expect(ofPriorAction(prior, "People trained by the programme")).toBe(true);
    expect(ofPriorAction(prior, "People trained that opened online shops")).toBe(false);
    expect(ofPriorAction(prior, "People that opened online shops")).toBe(false);
    expect(ofPriorAction(undefined, "People trained by the programme")).toBe(false);
  });
});
