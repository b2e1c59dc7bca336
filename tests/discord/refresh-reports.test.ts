// The /refresh reply names each report a refresh added, changed or removed (region, year, title,
// id), with its new figures, its audit and the figures it could not label; says which reports on
// disk are not served and why; and says "nothing changed" for a byte-identical upload. English
// and zh-CN. Through the stand-in against the real store, with the Anhui 2012 test report.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OptionType, type Json, type OptionSpec } from "../support/discord/standin.js";
import { labelNotMade } from "../../src/knowledge/store/reports.js";
import { ANHUI_FIXTURE } from "../support/knowledge.js";
import { assertEmbedLimits, callbackOf, startHarness, type Harness } from "./support/harness.js";

const ANHUI = "Anhui 2012 · Poverty Alleviation and Development in Anhui Province (anhui-2012)";
const fixture = (name: string) => readFileSync(join(ANHUI_FIXTURE, name), "utf8");
// The Anhui text with a section whose only sentence names no thing for its figure ("It rose to
// 7,300."), so the reply has a figure it could not label, however well the labels read the rest.
const FOOTER_START = "扫描下载手机客户端";
const withUnlabelledFigure = (text: string) =>
  text.replace(FOOTER_START, `【Other work】It rose to 7,300.\n\n${FOOTER_START}`);
const bundle = (id = "anhui-2012") =>
  JSON.stringify({
    meta: { ...JSON.parse(fixture("meta.json")), id },
    text: withUnlabelledFigure(fixture("report.txt")),
  });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** /refresh by a moderator; resolves with the deferred reply's edit (a build takes seconds: waited for, not timed). */
async function refresh(options: OptionSpec[] = [], locale = "en-US"): Promise<Json> {
  const p = h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "refresh",
    user: "moderator",
    options,
    locale,
  });
  expect((await callbackOf(h.standin, p)).body).toEqual({ type: 5, data: { flags: 64 } });
  const edit = await h.standin.waitForRequest({
    method: "PATCH",
    path: `/webhooks/${h.standin.applicationId}/${p.token}/messages/@original`,
  });
  assertEmbedLimits(edit.body.embeds);
  return edit.body;
}
const upload = (data: string, extra: OptionSpec[] = []): OptionSpec[] => [
  {
    name: "file",
    type: OptionType.Attachment,
    attachment: { filename: "report.json", data, contentType: "application/json" },
  },
  ...extra,
];
const field = (body: Json, name: string) =>
  (body.embeds[0].fields as { name: string; value: string }[]).find((f) => f.name === name);

describe("/refresh names the reports it changed", () => {
  it("a new report: added by name, with its new figures, its audit and the figures it could not label", async () => {
    const body = await refresh(upload(bundle()));
    expect(body.embeds[0].title).toBe("Refresh (upload) succeeded");
    const added = field(body, `Added: ${ANHUI}`);
    expect(added, JSON.stringify(body.embeds[0].fields)).toBeDefined();
    const [figures, audit, unlabelled, ...rest] = added!.value.split("\n");
    const entries = h.store.engine.kb.entries.filter((e) => e.report === "anhui-2012");
    const labels = entries.slice(0, 5).map((e) => e.label);
    expect(figures).toBe(
      `New figures: ${entries.length} — ${labels.join("; ")}; and ${entries.length - 5} more`,
    );
    expect(audit).toMatch(/^Audit: (\d+ check\(s\), all add up|\d+ of \d+ check\(s\) do not add up:)$/);
    const notLabelled = entries.filter(labelNotMade);
    expect(notLabelled.length).toBeGreaterThan(0);
    expect(unlabelled).toBe(
      `Figures without a label (only the figure could be named): ${notLabelled.length} — ${notLabelled
        .slice(0, 5)
        .map((e) => `${e.written} (${e.section})`)
        .join("; ")}${notLabelled.length > 5 ? `; and ${notLabelled.length - 5} more` : ""}`,
    );
    expect(rest).toEqual([]);
    expect(field(body, "Counts (before → after)")!.value).toContain("reports: 1 → 2");
  });

  it("the same file again: nothing changed, and no report is named", async () => {
    const body = await refresh(upload(bundle()));
    expect(body.content).toMatch(/^ℹ️ nothing changed: the upload is identical/);
    expect(body.embeds[0].fields.map((f: Json) => f.name)).toEqual([
      "Counts (before → after)",
      "Entries",
      "Version",
    ]);
  });

  it("a copy under another id is refused until confirmed, then added under its own name", async () => {
    const refused = await refresh(upload(bundle("anhui-2012-copy")));
    expect(refused.embeds[0].title).toMatch(/failed/);
    expect(refused.embeds[0].description).toMatch(/anhui-2012/);
    const confirmed = await refresh(
      upload(bundle("anhui-2012-copy"), [
        { name: "confirm_duplicate", type: OptionType.Boolean, value: true },
      ]),
    );
    expect(confirmed.embeds[0].title).toMatch(/succeeded/);
    expect(field(confirmed, `Added: ${ANHUI.replace("(anhui-2012)", "(anhui-2012-copy)")}`)).toBeDefined();
  });

  it("in zh-CN, and a rollback names the report it removed", async () => {
    const body = await refresh([{ name: "rollback", type: OptionType.Boolean, value: true }], "zh-CN");
    expect(body.embeds[0].title).toBe("刷新（rollback）成功");
    expect(field(body, "已移除的报告")!.value).toBe(
      "• Anhui 2012 · Poverty Alleviation and Development in Anhui Province（anhui-2012-copy）",
    );
  });

  it("a report on disk that does not load: the reload serves the rest and says which one and why", async () => {
    const folder = join(h.dir, "reports", "broken-2013");
    mkdirSync(folder);
    writeFileSync(
      join(folder, "meta.json"),
      JSON.stringify({ ...JSON.parse(fixture("meta.json")), id: "broken-2013", year: "2013" }),
    );
    writeFileSync(join(folder, "report.txt"), fixture("report.txt"));
    const body = await refresh();
    expect(body.embeds[0].title).toBe("Refresh (reload) succeeded");
    expect(field(body, "Reports on disk not served")!.value).toMatch(
      /^• report broken-2013 .*skipped: \[schema\] .*year/,
    );
    const zh = await refresh([], "zh-CN");
    expect(field(zh, "磁盘上未启用的报告")!.value).toMatch(/broken-2013/);
  });
});
