import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { TEST_REPORT_META } from "../support/knowledge.js";
import { DEFAULT_KNOWLEDGE_DIR, resolveFromRoot } from "../../src/paths.js";

const meta = TEST_REPORT_META;

/** The entries of one sentence of a report nobody annotated, by the figure as written. */
function read(sentence: string, curated: (id: string) => boolean = () => false) {
  const entries = extractEntries(meta, [{ title: "S", text: sentence, sentences: [sentence] }], [], curated);
  return new Map(entries.map((e) => [e.written, e]));
}

describe("labels read from the sentence's grammar", () => {
  it("names what the figure quantifies, with its verb, who acted and the modifiers", () => {
    const e = read(
      "The provincial government allocated 1.1 billion yuan of special anti-poverty funds to the key counties.",
    );
    expect(e.get("1.1 billion yuan")!.label).toBe(
      "Special anti-poverty funds allocated by the provincial government to the key counties",
    );
  });

  it("reads a counted noun followed by its own verb and object as that verb's subject", () => {
    const e = read(
      "The office trained 8,000 farmers, and 3,500 graduates found jobs in factories, while 40 firms hired 900 people.",
    );
    expect(e.get("3,500 graduates")!.label).toBe("Graduates that found jobs in factories");
    // An object that is another figure stays that figure's: no rule.
    expect(e.get("40 firms")!.label).not.toMatch(/that hired/);
  });

  it("reads a part of a counted whole followed by a verb as that verb's subject, counting the whole's noun", () => {
    // A share stands between the whole and "of which": the whole is still the count before it.
    const e = read(
      "The county trained 9,300 herders, 104.2% of the plan, of which 2,100 received three-year nursing courses and 7,200 received welding lessons.",
    );
    expect(e.get("2,100")).toMatchObject({
      unit: "herders",
      label: "Herders received three-year nursing courses",
    });
    expect(e.get("7,200")).toMatchObject({ unit: "herders", label: "Herders received welding lessons" });
    // The number inside "three-year" is no figure.
    expect(e.has("three")).toBe(false);
  });

  it("reads a noun the tagger took for a verb's base form after 'was' as the part's noun", () => {
    const e = read(
      "A total of 2.5 billion yuan was invested, up 9% over the previous year, of which 1.2 billion yuan was fiscal funds and 300 million yuan was credit support funds.",
    );
    expect(e.get("300 million yuan")!.label).toBe("Credit support funds");
  });

  it("counts the noun of a 'number of' or 'population' subject that a bare figure completes", () => {
    const e = read("The number of rural poor herders in the county fell to 1.25 million.");
    expect(e.get("1.25 million")).toMatchObject({ unit: "herders" });
    const p = read("The poor population of the county was 2.6 million.");
    expect(p.get("2.6 million")).toMatchObject({ unit: "people" });
  });

  it("dates each figure of 'from A at the end of one year to B at the end of the next'", () => {
    const e = read(
      "In 2012, the number of pilot villages grew from 310 at the end of 2011 to 420 at the end of 2012.",
    );
    expect(e.get("310")).toMatchObject({ year: 2011, unit: "villages" });
    expect(e.get("420")).toMatchObject({ year: 2012, unit: "villages" });
  });

  it("puts the counted noun first and keeps the verb's modifiers", () => {
    const e = read("The province moved 6,420 households and 25,380 people out of deep mountain areas.");
    expect(e.get("25,380 people")!.label).toBe("People moved out of deep mountain areas");
    expect(e.get("6,420 households")!.label).toMatch(/^Households moved/);
  });

  it("ties a growth figure to what grew, not to the figure cut out of its clause", () => {
    const e = read(
      "The per capita net income of farmers reached 5,216 Yuan, up 18.4% over the previous year.",
    );
    expect(e.get("18.4%")!.label).toBe(
      "Growth of per capita net income of farmers over the previous year (percent)",
    );
    expect(e.get("5,216 Yuan")!.label).toBe("Per capita net income of farmers");
    const f = read("The province's anti-poverty funds increased by 46 million Yuan over the previous year.");
    expect(f.get("46 million Yuan")!.label).toBe("Increase of anti-poverty funds over the previous year");
  });

  it("tells this year's figure from last year's in one sentence (the year field)", () => {
    const e = read(
      "In 2012, funds for land use reached 86 million Yuan this year, against 63 million Yuan last year.",
    );
    expect(e.get("86 million Yuan")!.year).toBe(2012);
    expect(e.get("63 million Yuan")!.year).toBe(2011);
    expect(e.get("63 million Yuan")!.label).not.toMatch(/63/);
  });

  it("gives a part of an 'of which' breakdown its total's noun and its own predicate", () => {
    const e = read(
      "A total of 3 billion Yuan of anti-poverty funds was invested, of which 1 billion Yuan was from the central government and 2 billion Yuan was poverty alleviation loans.",
    );
    expect(e.get("3 billion Yuan")!.label).toBe("Anti-poverty funds invested (total)");
    expect(e.get("1 billion Yuan")!.label).toBe("Anti-poverty funds from the central government");
    expect(e.get("2 billion Yuan")!.label).toBe("Poverty alleviation loans");
  });

  it("reads a share against the figure before it", () => {
    const e = read("By December it had trained 163,800 people, accounting for 109% of the annual plan.");
    expect(e.get("109%")!.label).toBe("People trained as a share of the annual plan (percent)");
  });

  it("leaves a sentence whose figures all have curated labels untagged (the annotation overrides)", () => {
    const sentence = "The province moved 6,420 households out of deep mountain areas.";
    const auto = read(sentence).get("6,420 households")!.label;
    const curated = read(sentence, () => true).get("6,420 households")!.label;
    expect(auto).toBe("Households moved out of deep mountain areas");
    expect(curated).not.toBe(auto);
  });
});

describe("the Anhui 2012 test report, loaded with no annotations", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-labels-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(resolveFromRoot("tests/fixtures/reports/anhui-2012"), join(dir, "reports", "anhui-2012"), {
    recursive: true,
  });
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  const entries = loadKnowledge(dir).entries;
  const byWritten = (w: string) => entries.filter((e) => e.written === w);

  it("labels no figure with the figure itself or a bare fragment", () => {
    for (const e of entries.filter((x) => x.kind !== "date")) {
      expect(e.label, e.id).not.toContain(e.written);
      expect(e.label.length, e.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("dates last year's figure to 2011 and this year's to 2012", () => {
    expect(byWritten("63 million Yuan")[0]!.year).toBe(2011);
    expect(byWritten("86 million Yuan")[0]!.year).toBe(2012);
  });

  it("turns no document number, list marker or phone number into a figure", () => {
    const written = entries.map((e) => e.written);
    for (const junk of ["17", "1", "2", "3", "0551", "62633108"]) expect(written).not.toContain(junk);
  });
});
