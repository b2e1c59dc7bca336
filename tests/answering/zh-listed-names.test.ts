// Names listed the Chinese way in a reply (compose.ts listedZh): a sum's label names every part.
import { describe, expect, it } from "vitest";
import { listedZh } from "../../src/answering/compose.js";

describe("listedZh", () => {
  it("joins two names with 与 and three or more with 、 before the last 与", () => {
    expect(listedZh(["甲", "乙"])).toBe("甲与乙");
    expect(listedZh(["甲", "乙", "丙"])).toBe("甲、乙与丙");
  });
});
