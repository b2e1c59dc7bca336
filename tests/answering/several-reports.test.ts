// Several reports at once: every answer names its report, a question that names no region is never
// answered silently from one of them, and adding a report leaves another report's answers alone.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { toAnswerJson } from "../../src/answering/schema.js";
import { renderForTerminal } from "../../src/surfaces/cli/render.js";
import { answerEmbed } from "../../src/surfaces/discord/embeds.js";
import { EvalQuestionSchema } from "../../src/eval/score.js";
import { DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from "../../src/paths.js";
import { ANHUI_FIXTURE, ANHUI_ID, HENAN_ID, realEngine } from "../support/knowledge.js";

let dir: string;
let both: Engine;
const henanOnly = () => realEngine();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "report-bot-two-reports-"));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  cpSync(ANHUI_FIXTURE, join(dir, "reports", ANHUI_ID), {
    recursive: true,
    filter: (p) => !p.endsWith("expected.json"),
  });
  both = loadEngine(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const publicQuestions = readFileSync(join(PROJECT_ROOT, "tests/fixtures/public-questions.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => EvalQuestionSchema.parse(JSON.parse(l)));

describe("answers name their report", () => {
  it("a question naming a region is answered from that region's report, named in the text and the JSON", () => {
    const a = both.answer("How many people did the Rain Plan train in Anhui?");
    expect(a).toMatchObject({
      answered: true,
      value: 163800,
      report: { id: ANHUI_ID, region: "Anhui", year: 2012 },
    });
    expect(a.reports.map((r) => r.id)).toEqual([ANHUI_ID]);
    expect(a.text).toContain("Rain Plan, Anhui 2012");
  });

  it("with one report loaded the source line names it too", () => {
    const a = henanOnly().answer("How many bridges were built for the relocation projects?");
    expect(a.text).toContain("Source (Relocation for poverty alleviation, Henan 2011)");
    expect(a.reports.map((r) => r.id)).toEqual([HENAN_ID]);
  });

  it("a Chinese reply names the report in Chinese", () => {
    const a = both.answer("安徽雨露计划培训了多少人？");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("出处：安徽2012年报告");
  });
});

describe("a question that names no region", () => {
  it("gets each report's figure, the best match first, and a note saying so", () => {
    const a = both.answer("How many km of village roads were built?");
    expect(a.answered).toBe(true);
    expect(a.reports.map((r) => r.id).sort()).toEqual([ANHUI_ID, HENAN_ID]);
    expect(a.text).toContain("3005 km");
    expect(a.text).toContain("2,460 km");
    expect(a.notes.at(-1)).toMatch(/names no province, and 2 reports answer it/);
    expect(new Set(a.citations.map((c) => c.report))).toEqual(new Set([ANHUI_ID, HENAN_ID]));
  });

  it("quotes each report's sentence under that report's name, in the terminal, the JSON and Discord", () => {
    const a = both.answer("How many km of village roads were built?");
    const terminal = renderForTerminal(a);
    const anhuiQuote = a.citations.find((c) => c.report === ANHUI_ID)!.quote;
    const afterAnhui = terminal.slice(terminal.indexOf(anhuiQuote)).split("\n")[1];
    expect(afterAnhui).toContain("Anhui Province (2012)");
    expect(
      toAnswerJson(a)
        .citations.map((c) => c.report)
        .sort(),
    ).toEqual([ANHUI_ID, HENAN_ID]);
    const fields = answerEmbed(a).toJSON().fields ?? [];
    expect(
      fields.some(
        (f) => f.value.includes(anhuiQuote.slice(0, 30)) && f.value.includes("Anhui Province (2012)"),
      ),
    ).toBe(true);
  });

  it("gives each report's own verdict and arithmetic, in the JSON, the terminal and Discord", () => {
    const a = both.answer("Did the Rain Plan beat its training target?");
    expect(a.byReport?.map((r) => [r.report.id, r.verdict, r.value])).toEqual([
      [HENAN_ID, "yes", 206300],
      [ANHUI_ID, "yes", 163800],
    ]);
    const anhui = a.byReport![1]!;
    expect(anhui.statement).toMatch(/^Yes: 163,800 people .* against a plan of 150,000 people/);
    expect(anhui.arithmetic).toMatch(/163,800 people ÷ 150,000 people = 109\.2%/);
    expect(toAnswerJson(a).byReport).toEqual(a.byReport);
    expect(renderForTerminal(a)).toContain(`also, Anhui 2012: ${anhui.statement}`);
    const field = (answerEmbed(a).toJSON().fields ?? []).find((f) => f.name === "Anhui 2012");
    expect(field?.value).toContain(anhui.arithmetic!);
  });

  it("a reply from one report has no per-report answers", () => {
    expect(henanOnly().answer("Did the Rain Plan beat its training target?").byReport).toBeUndefined();
  });

  it("a number the question states points at the report that has it", () => {
    const a = both.answer("how much of the 4.4 billion came from the central government?");
    expect(a).toMatchObject({ answered: true, value: 1_029_000_000, report: { id: HENAN_ID } });
    expect(a.reports.map((r) => r.id)).toEqual([HENAN_ID]);
  });

  it("is refused naming every report searched, with the nearest topics saying whose", () => {
    const a = both.answer("What was the GDP growth rate?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^I can't answer that from the Anhui 2012 and Henan 2011 reports\./);
    expect(a.suggestions.every((s) => / \((Anhui 2012|Henan 2011)\)$/.test(s))).toBe(true);
    expect(a.topics.length).toBe(a.suggestions.length);
  });
});

describe("which report's answer leads", () => {
  let withGansu: Engine;
  beforeAll(() => {
    const gansuDir = mkdtempSync(join(tmpdir(), "report-bot-gansu-"));
    cpSync(DEFAULT_KNOWLEDGE_DIR, gansuDir, { recursive: true });
    cpSync(join(PROJECT_ROOT, "tests/fixtures/reports/gansu-2011"), join(gansuDir, "reports", "gansu-2011"), {
      recursive: true,
      filter: (p) => !p.endsWith("questions.jsonl"),
    });
    withGansu = loadEngine(gansuDir);
    rmSync(gansuDir, { recursive: true, force: true });
  });

  it("a report nobody annotated leads when it matches the question clearly better", () => {
    // Gansu names "rainwater harvesting cellars"; Henan has only "water cellars".
    const a = withGansu.answer("How many rainwater harvesting cellars were built?");
    expect(a).toMatchObject({ answered: true, value: 2436, report: { id: "gansu-2011" } });
    expect(a.reports.map((r) => r.id)).toEqual(["gansu-2011", HENAN_ID]);
    expect(a.text).toContain("89 water cellars");
  });

  it("a report nobody annotated leads when the annotated one matches too much less to be a rival reading", () => {
    // Gansu builds "new houses … at the resettlement sites"; Henan's relocation houses match less.
    const a = withGansu.answer("How many square meters of new houses were built at the resettlement sites?");
    expect(a).toMatchObject({ answered: true, report: { id: "gansu-2011" } });
  });

  it("the annotated report keeps the lead when the other matches about as well", () => {
    const a = withGansu.answer("How many people did the Rain Plan train?");
    expect(a).toMatchObject({ answered: true, report: { id: HENAN_ID } });
  });
});

describe("years are scoped per report", () => {
  it("a year no report has is refused with each report's years", () => {
    const a = both.answer("anti-poverty funds in 2015");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("The reports have figures for Anhui: 2011–2012; Henan: 2010–2011, not 2015.");
  });

  it("a year another report has is still refused for a region whose report lacks it", () => {
    const a = both.answer("How many people did Henan lift out of poverty in 2012?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Henan: 2010–2011, not 2012/);
  });
});

describe("adding a report leaves another report's answers alone", () => {
  it("a question scoped to Henan gets the answer Henan alone gives", () => {
    for (const q of publicQuestions) {
      if (q.kind === "oos" || q.kind === "zh") continue;
      const scoped = `In Henan: ${q.q}`;
      const alone = henanOnly().answer(scoped);
      const withAnhui = both.answer(scoped);
      expect({ q: scoped, value: withAnhui.value, section: withAnhui.section }).toEqual({
        q: scoped,
        value: alone.value,
        section: alone.section,
      });
    }
  });

  it("a question naming no region keeps Henan's figure in the reply", () => {
    for (const q of publicQuestions) {
      const alone = henanOnly().answer(q.q);
      if (!alone.answered || !alone.figure) continue;
      const withAnhui = both.answer(q.q);
      if (withAnhui.report?.id === HENAN_ID) expect(withAnhui.value, q.q).toBe(alone.value);
      else expect(withAnhui.text, q.q).toContain(alone.figure);
    }
  });
});

describe("a report nobody annotated", () => {
  it("a 'per capita' quantity the report names is a stated figure, not a division to make", () => {
    const a = both.answer(
      "By what percentage did farmers' per capita net income in Anhui's key counties grow?",
    );
    expect(a).toMatchObject({ answered: true, type: "figure", value: 18.4, report: { id: ANHUI_ID } });
  });

  it("'by how much did X grow' gets the stated growth rate", () => {
    const a = both.answer(
      "By how much did Anhui's financial anti-poverty funds grow over the previous year?",
    );
    expect(a).toMatchObject({ answered: true, value: 21.1, unit: "%" });
  });
});

describe("a name no report mentions", () => {
  it("is a subject the reports do not cover, even when another report has the other words", () => {
    const a = both.answer("What is the population of Zhengzhou city?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("never mentions Zhengzhou");
  });

  it("a misspelt name the reports have is not a stranger", () => {
    expect(both.answer("how many people did the Rain Plam train in Henan?").answered).toBe(true);
  });
});
