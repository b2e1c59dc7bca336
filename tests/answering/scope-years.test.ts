// The years each report has, for telling a question which years the reports cover, are worked
// out once per index (they were rebuilt, list by list, for every question that named a year).
import { expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { createEngine } from "../../src/answering/engine.js";
import { yearsByReport } from "../../src/answering/scope.js";

it("gives each report's years, once per index", () => {
  const engine = createEngine(generateKnowledge(600, 9), { terms: [] });
  const byReport = yearsByReport(engine.index);
  expect(yearsByReport(engine.index)).toBe(byReport);
  for (const r of engine.kb.reports) {
    const years = [...new Set(r.entries.flatMap((e) => (e.year === null ? [] : [e.year])))].sort();
    expect([...(byReport.get(r.meta.id) ?? [])].sort(), r.meta.id).toEqual(years);
  }
});
