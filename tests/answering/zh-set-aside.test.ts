// A question that names a whole and sets a giver aside asks for a part of that whole (set-aside.ts,
// sources.ts): the part of the giver it names, the joint figure minus the set-aside part, or the
// rest of the whole; never the joint figure, the whole itself or another whole's figure of that
// giver. Questions of our own making about the Henan report, whose village-advancement money names
// the central and provincial share only jointly, and whose science-and-technology money is one
// joint figure with the central part given beside it.
import { describe, expect, it } from "vitest";
import { setAsideIn } from "../../src/answering/set-aside.js";
import { sourcesIn } from "../../src/answering/sources.js";
import { realEngine } from "../support/knowledge.js";

const read = (raw: string, english = raw) => {
  const s = setAsideIn(raw, english, sourcesIn);
  return s && { aside: [...s.aside].sort(), asked: [...s.asked].sort() };
};
const ask = (q: string) => realEngine().answer(q);

describe("setAsideIn: which giver a question sets aside, and which it asks about", () => {
  it("reads the Chinese set-aside verbs with the phrase they govern", () => {
    expect(read("这笔钱当中去除中央那部分，省里投了多少")).toEqual({
      aside: ["central"],
      asked: ["provincial"],
    });
    expect(read("除了群众自筹以外，市县给了多少")).toEqual({ aside: ["masses"], asked: ["city", "county"] });
    // No giver asked: all the rest of the whole is.
    expect(read("项目资金不算省级的部分，其余有多少")).toEqual({ aside: ["provincial"], asked: [] });
  });

  it("reads English set-aside phrases, before or after their verb", () => {
    expect(read("leaving aside the national part, how much did the city government give?")).toEqual({
      aside: ["central"],
      asked: ["city"],
    });
    expect(read("how much is left once the provincial share is taken out?")).toEqual({
      aside: ["provincial"],
      asked: [],
    });
  });

  it("is nothing when the phrase sets aside something other than a giver, or a rank", () => {
    expect(read("除了道路以外，还修了多少座桥")).toBeUndefined();
    expect(read("除去国家扶贫重点县以外，还有多少个县")).toBeUndefined();
    expect(read("how much did the provincial government give?")).toBeUndefined();
  });
});

describe("a part of a named whole, with a giver set aside", () => {
  it("is refused when the report names the asked giver only jointly with the one set aside", () => {
    // Before: the joint central-and-provincial figure (563 million), which holds what was set aside.
    const a = ask("整村推进的钱当中，去除中央那部分，省级投了多少？");
    expect(a.type).toBe("none");
  });

  it("is the joint figure minus the set-aside part", () => {
    // Before: no answer (the joint 42 million ranked first, and the set-aside went unread).
    const a = ask("科技扶贫的资金里，扣除中央下达的部分以后，省级拿出了多少？");
    expect(a).toMatchObject({ type: "derived", value: 40_000_000 });
  });

  it("is the whole minus the set-aside part when the rest is asked", () => {
    // Before: the whole (4.418 billion and 2.264066 billion).
    expect(ask("扶贫资金里面不算中央给的部分，剩下的有多少？")).toMatchObject({
      type: "derived",
      value: 4_418_000_000 - 1_029_000_000,
    });
    expect(ask("整村推进总投资除去群众自筹的部分，其余的投入是多少？")).toMatchObject({
      type: "derived",
      value: 2_264_066_000 - 385_310_000,
    });
  });

  it("is still the asked giver's own figure when the report gives one", () => {
    expect(ask("扶贫资金当中，除了中央以外，省级配套了多少？")).toMatchObject({
      type: "figure",
      value: 181_000_000,
    });
  });
});
