// A verb-object word split by an aspect particle (zh-separable.ts): 脱了贫 is 脱贫. Phrases of our own.
import { describe, expect, it } from "vitest";
import { joinSeparableVerbs } from "../../src/answering/zh-separable.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("joinSeparableVerbs", () => {
  it("writes a verb-object word whole when 了 splits it (before: 脱 and 贫 were glossed apart)", () => {
    expect(joinSeparableVerbs("全省让多少人脱了贫？", none)).toBe("全省让多少人脱贫？");
    expect(joinSeparableVerbs("县里帮了忙吗", none)).toBe("县里帮忙吗");
  });

  it("joins a glossary term the dictionary lacks as a verb", () => {
    expect(joinSeparableVerbs("建了房", fromTerms({ 建房: "houses built" }))).toBe("建房");
  });

  it("keeps a particle after a whole verb or before a longer word", () => {
    expect(joinSeparableVerbs("花了多少钱", none)).toBe("花了多少钱");
    expect(joinSeparableVerbs("解决了多少人的饮水", none)).toBe("解决了多少人的饮水");
  });
});
