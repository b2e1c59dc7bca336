// The /refresh reply in the moderator's language: every line of it, counts included.
import { describe, expect, it } from "vitest";
import type { RefreshResult } from "../../src/knowledge/store.js";
import { refreshEmbed } from "../../src/surfaces/discord/embeds.js";
import { en } from "../../src/surfaces/discord/locales/en.js";
import { zhCN } from "../../src/surfaces/discord/locales/zh-CN.js";

const result: RefreshResult = {
  ok: true,
  action: "upload",
  version: "v2",
  previousVersion: "v1",
  diff: {
    reports: { before: 1, after: 2 },
    sections: { before: 15, after: 23 },
    entries: { before: 112, after: 165, added: ["a", "b"], removed: [], changed: ["c"] },
  },
  saved: [],
  changed: true,
  notes: [],
  reports: { added: [], changed: [], removed: [] },
  skippedReports: [],
  warnings: [],
};

const fieldValues = (t: typeof en) =>
  refreshEmbed(result, t)
    .toJSON()
    .fields?.map((f) => f.value) ?? [];

describe("refreshEmbed", () => {
  it("writes the counts and the entry changes in Chinese for zh-CN", () => {
    const [counts, changes] = fieldValues(zhCN);
    expect(counts).toBe("报告：1 → 2\n部分：15 → 23\n数字：112 → 165");
    expect(changes).toBe("新增 2 · 删除 0 · 更改 1");
  });

  it("keeps the English lines for other locales", () => {
    const [counts, changes] = fieldValues(en);
    expect(counts).toBe("reports: 1 → 2\nsections: 15 → 23\nentries: 112 → 165");
    expect(changes).toBe("added 2 · removed 0 · changed 1");
  });
});
