// warmEngine builds, once connected, what questions would otherwise build on first use; with a
// handful of reports that includes each report's own index (the index a question naming that
// report is answered over), with hundreds it does not (a megabyte each).
import { expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { reportAlone } from "../../src/answering/across-reports.js";
import { createEngine } from "../../src/answering/engine.js";
import { WARM_ALONE_MAX, warmEngine } from "../../src/answering/warm.js";
import { realEngine } from "../support/knowledge.js";

it("builds each report's own index when a few reports are loaded, and answers as before", () => {
  const engine = createEngine(generateKnowledge(600, 9), { terms: [] });
  const ids = [...engine.index.reportsById.keys()];
  expect(ids.length).toBeGreaterThan(1);
  expect(ids.length).toBeLessThanOrEqual(WARM_ALONE_MAX);
  const question = `How much were the anti-poverty funds in ${engine.kb.reports[0]!.meta.region}?`;
  const before = createEngine(engine.kb, engine.glossary).answer(question);
  expect(warmEngine(engine, { chinese: false }).reports).toEqual(ids);
  for (const id of ids) expect(reportAlone(engine.index, id)).not.toBe(engine.index);
  expect(engine.answer(question)).toEqual(before);
});

it("builds no report's own index for one report, or for more than a handful", () => {
  expect(warmEngine(realEngine(), { chinese: false }).reports).toEqual([]);
  const many = createEngine(generateKnowledge(2_500, 9), { terms: [] });
  expect(many.index.reportsById.size).toBeGreaterThan(WARM_ALONE_MAX);
  expect(warmEngine(many, { chinese: false }).reports).toEqual([]);
});
