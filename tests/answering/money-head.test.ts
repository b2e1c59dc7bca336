import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { realEngine } from "../support/knowledge.js";
import { termsOfQuestion } from "../support/query-terms.js";

describe("queryTerms: a head word that only says 'money'", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const weights = (text: string) => new Map(termsOfQuestion(engine, text).map((t) => [t.term, t.weight]));

  it("weighs as any word, while the head's other words weigh double", () => {
    const w = weights("How much Rain Plan training money was there?");
    expect(w.get("monei")).toBe(1);
    expect(w.get("train")).toBe(2);
  });
});
