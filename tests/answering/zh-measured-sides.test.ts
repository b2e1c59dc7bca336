// "A和B相比，哪个的M更高": the measure M after the question word is what both sides are compared by,
// and goes onto each side (zh-forms.ts measureOnBothSides). The phrases are made up for this test.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";

describe("chineseForms: the measure of a which-is-more question", () => {
  it("puts the measure after 哪个 onto each side", () => {
    expect(chineseForms("旅游扶贫和光伏扶贫相比，哪个的户均增收更高？")).toBe(
      "旅游扶贫的户均增收和光伏扶贫的户均增收相比，哪个更高？",
    );
    expect(chineseForms("旅游扶贫和光伏扶贫，哪个带来的户均增收更多？")).toBe(
      "旅游扶贫带来的户均增收和光伏扶贫带来的户均增收，哪个更多？",
    );
  });

  it("leaves a comparison with no measure after its question word", () => {
    expect(chineseForms("旅游扶贫和光伏扶贫相比，哪个更多？")).toBe("旅游扶贫和光伏扶贫相比，哪个更多？");
  });
});
