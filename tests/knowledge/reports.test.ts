// Reports as moderators add them: a page without 【】 marks is split where a reader sees its
// headings (or at the titles meta.json gives), a page with no sections at all loads as one, and a
// report that cannot load is skipped with its reasons while the others load.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../../src/knowledge/load.js";
import { WHOLE_REPORT_TITLE } from "../../src/knowledge/split.js";
import { withKnowledgeCopy } from "../support/knowledge.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "reports");

/** knowledge/ with the fixture reports named added as folders beside Henan. */
function withReports<T>(names: string[], fn: (dir: string) => T): T {
  return withKnowledgeCopy((dir) => {
    for (const name of names) cpSync(join(FIXTURES, name), join(dir, "reports", name), { recursive: true });
    return fn(dir);
  });
}

function addReport(dir: string, id: string, text: string | Buffer, meta: Record<string, unknown> = {}): void {
  const folder = join(dir, "reports", id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "meta.json"),
    JSON.stringify({ id, title: "Demo report", region: "Hubei", year: 2012, source: "test", ...meta }),
  );
  writeFileSync(join(folder, "report.txt"), text);
}

const titles = (kb: ReturnType<typeof loadKnowledge>, id: string) =>
  kb.sections.filter((s) => s.report === id).map((s) => s.title);

describe("a report without 【】 marks", () => {
  it("is split at the headings a reader sees: the same sections as the marked copy of the report", () => {
    withReports(["anhui-2012-plain"], (dir) => {
      const plain = loadKnowledge(dir);
      expect(plain.skippedReports).toEqual([]);
      withReports(["anhui-2012"], (markedDir) => {
        const marked = loadKnowledge(markedDir);
        expect(titles(plain, "anhui-2012-plain")).toEqual(titles(marked, "anhui-2012"));
        expect(titles(plain, "anhui-2012-plain")).toHaveLength(8);
        // The same text in each section, so the same figures.
        const texts = (kb: typeof plain, id: string) =>
          kb.sections.filter((s) => s.report === id).map((s) => s.text);
        expect(texts(plain, "anhui-2012-plain")).toEqual(texts(marked, "anhui-2012"));
        expect(plain.entries.filter((e) => e.report === "anhui-2012-plain").map((e) => e.written)).toEqual(
          marked.entries.filter((e) => e.report === "anhui-2012").map((e) => e.written),
        );
      });
    });
  });

  it("finds a heading that runs into its first sentence by the series' titles, learned from the loaded reports", () => {
    withKnowledgeCopy((dir) => {
      // "Lottery fund" is one of Henan's section titles; "Henan …" does not start a sentence by a
      // function word, so only the learned title tells where the heading ends.
      addReport(
        dir,
        "demo-2012",
        "Demo report\n\nLottery fund Hubei Province spent 12 million Yuan of lottery funds.\n\nRoads\n\nIn 2012, Hubei built 42 km of roads.\n",
      );
      const kb = loadKnowledge(dir);
      expect(titles(kb, "demo-2012")).toEqual(["Lottery fund", "Roads"]);
    });
  });

  it("takes its section titles from meta.json when the moderator gives them", () => {
    withKnowledgeCopy((dir) => {
      addReport(
        dir,
        "demo-2012",
        "Demo report\nWater: In 2012, Hubei built 12 water cellars.\nRoads: In 2012, Hubei built 42 km of roads.\n",
        { sections: ["Water:", "Roads:"] },
      );
      const kb = loadKnowledge(dir);
      expect(titles(kb, "demo-2012")).toEqual(["Water:", "Roads:"]);
      expect(kb.entries.filter((e) => e.report === "demo-2012").map((e) => e.written)).toEqual([
        "12 water cellars",
        "42 km",
      ]);
    });
  });

  it("a title in meta.json that the text does not hold skips the report, saying which", () => {
    withKnowledgeCopy((dir) => {
      addReport(dir, "demo-2012", "Demo report\nWater: In 2012, Hubei built 12 water cellars.\n", {
        sections: ["Water:", "Bridges:"],
      });
      const kb = loadKnowledge(dir);
      expect(kb.reports.map((r) => r.meta.id)).toEqual(["henan-2011"]);
      expect(kb.skippedReports).toEqual([
        expect.objectContaining({
          report: "demo-2012",
          folder: "demo-2012",
          violations: [
            expect.objectContaining({ message: expect.stringMatching(/"Bridges:" does not start a line/) }),
          ],
        }),
      ]);
    });
  });

  it("with no sections to find, loads as one section with a warning instead of failing", () => {
    withKnowledgeCopy((dir) => {
      addReport(dir, "demo-2012", "In 2012, Hubei built 42 km of roads. It also built 7 bridges.");
      const kb = loadKnowledge(dir);
      expect(titles(kb, "demo-2012")).toEqual([WHOLE_REPORT_TITLE]);
      expect(kb.entries.filter((e) => e.report === "demo-2012")).toHaveLength(2);
      expect(kb.warnings).toEqual([
        { report: "demo-2012", message: expect.stringMatching(/no sections found.*"sections"/) },
      ]);
    });
  });
});

describe("the same report in two folders", () => {
  it("loads both but warns that one repeats the other (same region, year and text)", () => {
    withKnowledgeCopy((dir) => {
      const text = "In 2012, Hubei built 42 km of roads. It also built 7 bridges.";
      addReport(dir, "hubei-2012", text);
      addReport(dir, "hubei-2012-copy", text, { title: "Another title" });
      const kb = loadKnowledge(dir);
      expect(kb.reports.map((r) => r.meta.id)).toEqual(
        expect.arrayContaining(["hubei-2012", "hubei-2012-copy"]),
      );
      expect(kb.warnings).toContainEqual({
        report: "hubei-2012-copy",
        message: expect.stringMatching(/repeats report hubei-2012 \(same region, year and text\)/),
      });
    });
  });
});

describe("one bad report never takes the others down", () => {
  const bad: [string, (dir: string) => void, RegExp][] = [
    [
      "meta.json is not JSON",
      (d) => writeFileSync(join(d, "reports/demo-2012/meta.json"), "{ nope"),
      /reports\/demo-2012\/meta\.json: not valid JSON/,
    ],
    [
      "report.txt is not UTF-8",
      (d) => writeFileSync(join(d, "reports/demo-2012/report.txt"), Buffer.from([0x41, 0xff, 0xfe])),
      /reports\/demo-2012\/report\.txt: not valid UTF-8/,
    ],
    [
      "report.txt is empty",
      (d) => writeFileSync(join(d, "reports/demo-2012/report.txt"), ""),
      /demo-2012: report text is empty/,
    ],
    [
      "a number without an entry or a reason (coverage)",
      (d) =>
        writeFileSync(
          join(d, "reports/demo-2012/annotations.json"),
          JSON.stringify({ entries: { "demo-2012:x:1": { label: "x" } } }),
        ),
      /unknown entry demo-2012:x:1/,
    ],
  ];
  it.each(bad)(
    "%s: the other reports load; the bad one is listed with its folder and reason",
    (_what, breakIt, reason) => {
      withKnowledgeCopy((dir) => {
        addReport(dir, "demo-2012", "Demo report\n【Roads】In 2012, Hubei built 42 km of roads.");
        breakIt(dir);
        const kb = loadKnowledge(dir);
        expect(kb.reports.map((r) => r.meta.id)).toEqual(["henan-2011"]);
        expect(kb.entries.length).toBeGreaterThan(100);
        expect(kb.skippedReports).toHaveLength(1);
        expect(kb.skippedReports![0]!.folder).toBe("demo-2012");
        expect(kb.skippedReports![0]!.violations.map((v) => v.message).join("\n")).toMatch(reason);
      });
    },
  );

  it("a second folder with a report id already loaded is skipped, naming the folder that has it", () => {
    withKnowledgeCopy((dir) => {
      cpSync(join(dir, "reports/henan-2011"), join(dir, "reports/henan-copy"), { recursive: true });
      const kb = loadKnowledge(dir);
      expect(kb.reports.map((r) => r.meta.id)).toEqual(["henan-2011"]);
      expect(kb.skippedReports).toEqual([
        {
          report: "henan-2011",
          folder: "henan-copy",
          violations: [
            {
              check: "ids",
              message: "duplicate report id henan-2011: already loaded from reports/henan-2011",
            },
          ],
        },
      ]);
    });
  });

  it("only when no report loads does the load fail, listing every problem", () => {
    withKnowledgeCopy((dir) => {
      writeFileSync(join(dir, "reports/henan-2011/meta.json"), "{");
      expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
      expect(() => loadKnowledge(dir)).toThrow(/reports\/henan-2011\/meta\.json: not valid JSON/);
    });
  });

  it("the version is that of the files' content, not of where they were read from", () => {
    withKnowledgeCopy((a) =>
      withKnowledgeCopy((b) => {
        expect(readFileSync(join(a, "reports/henan-2011/meta.json"), "utf8")).toBeTruthy();
        expect(loadKnowledge(a).version).toBe(loadKnowledge(b).version);
      }),
    );
  });
});
