// The bot starts from the engine it saved at its last start when neither the knowledge nor the code
// changed (a large knowledge folder skips building its index); reloads always build.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { savedEngineAtStart } from "../../src/answering/engine-cache.js";
import { realEngine } from "../support/knowledge.js";

const dir = mkdtempSync(join(tmpdir(), "report-bot-saved-engine-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUESTIONS = [
  "How many households were relocated?",
  "2011年河南有多少贫困人口脱贫？",
  "what was the GDP",
];

describe("savedEngineAtStart", () => {
  const { kb, glossary } = realEngine();
  let builds = 0;
  const build: typeof createEngine = (k, g) => {
    builds++;
    return createEngine(k, g);
  };

  it("builds at the first start and saves the engine", () => {
    const engine = savedEngineAtStart(dir, build, () => "code-1")(kb, glossary);
    expect(builds).toBe(1);
    expect(readdirSync(dir).filter((f) => f.startsWith("bot-engine-"))).toHaveLength(1);
    expect(engine.answer(QUESTIONS[0]!).value).toBe(5853);
  });

  it("the next start with the same knowledge and code builds nothing and answers the same", () => {
    const factory = savedEngineAtStart(dir, build, () => "code-1");
    const engine = factory(kb, glossary);
    expect(builds).toBe(1);
    for (const q of QUESTIONS) expect(engine.answer(q)).toEqual(realEngine().answer(q));
    // A reload after start is new knowledge: built, never taken from the saved start.
    factory(kb, glossary);
    expect(builds).toBe(2);
  });

  it("other code builds again", () => {
    savedEngineAtStart(dir, build, () => "code-2")(kb, glossary);
    expect(builds).toBe(3);
  });
});
