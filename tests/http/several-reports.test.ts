// With several reports loaded, autocomplete choices and /sections are grouped by report and say
// which one (region and year); with one report they read as before. Real HTTP interactions against
// the knowledge folder with the Anhui 2012 test report added beside Henan 2011.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OptionType, type Json } from "../support/discord/standin.js";
import { ANHUI_FIXTURE, addReport } from "../support/knowledge.js";
import { copyKnowledge } from "../discord/support/harness.js";
import { startHttpHarness, type HttpHarness } from "./support/http-harness.js";

let two: HttpHarness;
let one: HttpHarness;
beforeAll(async () => {
  const dir = copyKnowledge();
  addReport(dir, ANHUI_FIXTURE);
  [two, one] = await Promise.all([startHttpHarness({ dir }), startHttpHarness()]);
  expect(two.store.engine.kb.reports.map((r) => r.meta.id).sort()).toEqual(["anhui-2012", "henan-2011"]);
});
afterAll(async () => {
  await Promise.all([two?.close(), one?.close()]);
});

async function choices(h: HttpHarness, commandName: string, option: string, value: string) {
  const { body } = await h.interact({
    kind: "autocomplete",
    commandName,
    options: [{ name: option, type: OptionType.String, value, focused: true }],
  });
  expect(body.type).toBe(8);
  return body.data.choices as { name: string; value: string }[];
}

/** The report tag in front of a choice's name, or null. */
const tagOf = (name: string) => /^(Henan 2011|Anhui 2012) · /.exec(name)?.[1] ?? null;
/** Tags in list order with repeats collapsed: ["Anhui 2012", "Henan 2011"] when grouped. */
const runs = (names: string[]) => names.map(tagOf).filter((t, i, all) => i === 0 || t !== all[i - 1]);

describe("several reports", () => {
  it("/section autocomplete with nothing typed: both reports' sections, named and grouped by report", async () => {
    const list = await choices(two, "section", "name", "");
    expect(list.length).toBe(Math.min(25, two.store.engine.kb.sections.length));
    expect(list.every((c) => tagOf(c.name) !== null)).toBe(true);
    expect(new Set(runs(list.map((c) => c.name))).size).toBe(2);
    expect(runs(list.map((c) => c.name))).toHaveLength(2);
    expect(list).toContainEqual({ name: "Henan 2011 · Overview", value: "henan-2011:0" });
  });

  it("/section autocomplete for a title both reports have: one choice for each, told apart", async () => {
    const list = await choices(two, "section", "name", "overview");
    const overviews = list.filter((c) => c.name.endsWith("· Overview"));
    expect(overviews.map((c) => tagOf(c.name)).sort()).toEqual(["Anhui 2012", "Henan 2011"]);
    expect(runs(list.map((c) => c.name)).length).toBeLessThanOrEqual(2);
    // The tag is searchable: naming the region narrows to that report.
    const henan = await choices(two, "section", "name", "henan overview");
    expect(henan[0]).toEqual({ name: "Henan 2011 · Overview", value: "henan-2011:0" });
    expect(henan.every((c) => tagOf(c.name) === "Henan 2011")).toBe(true);
  });

  it("/fact autocomplete: figures of both reports, each named with its report, grouped", async () => {
    const empty = await choices(two, "fact", "figure", "");
    expect(new Set(empty.map((c) => tagOf(c.name)))).toEqual(new Set(["Anhui 2012", "Henan 2011"]));
    expect(runs(empty.map((c) => c.name))).toHaveLength(2);
    const typed = await choices(two, "fact", "figure", "households");
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((c) => tagOf(c.name) !== null)).toBe(true);
    expect(runs(typed.map((c) => c.name)).length).toBeLessThanOrEqual(2);
  });

  it("/chart autocomplete: both reports' breakdowns, named with their report, grouped", async () => {
    const list = await choices(two, "chart", "topic", "");
    expect(new Set(list.map((c) => tagOf(c.name)))).toEqual(new Set(["Anhui 2012", "Henan 2011"]));
    expect(runs(list.map((c) => c.name))).toHaveLength(2);
    expect(list).toContainEqual({
      name: "Henan 2011 · Financial anti-poverty funds issued in 2011, by source",
      value: "anti-poverty-funds-by-source",
    });
  });

  it("/sections: one field per report, headed by region and year", async () => {
    const { body } = await two.interact({ kind: "chatInput", commandName: "sections" });
    const names = (body.data.embeds[0].fields as Json[]).map((f) => f.name as string);
    expect(names.sort()).toEqual([
      "Anhui 2012 · Poverty Alleviation and Development in Anhui Province",
      "Henan 2011 · Poverty Alleviation and Development in Henan Province",
    ]);
  });
});

describe("one report: as before", () => {
  it("choices and /sections carry no report tag", async () => {
    expect(await choices(one, "section", "name", "overview")).toContainEqual({
      name: "Overview",
      value: "henan-2011:0",
    });
    const empty = await choices(one, "fact", "figure", "");
    expect(empty.every((c) => tagOf(c.name) === null)).toBe(true);
    const { body } = await one.interact({ kind: "chatInput", commandName: "sections" });
    expect(body.data.embeds[0].fields.map((f: Json) => f.name)).toEqual([
      "Poverty Alleviation and Development in Henan Province (2011)",
    ]);
  });
});
