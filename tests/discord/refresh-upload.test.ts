// /refresh uploads as another Discord implementation may send them, and what the reply says
// beyond the diff (issue 9, points 13 and 14), through the stand-in and the real store.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OptionType, type Json, type OptionSpec } from "../support/discord/standin.js";
import { callbackOf, startHarness, type Harness } from "./support/harness.js";

const ID = "henan-2011:overview:1-033-million-rural-poor-residents";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Sends /refresh with `payload` changed by `edit` first; resolves with the deferred reply's edit. */
async function refresh(options: OptionSpec[], edit: (payload: Json) => void = () => {}): Promise<Json> {
  const payload = h.standin.buildInteraction({
    kind: "chatInput",
    commandName: "refresh",
    user: "moderator",
    options,
  });
  edit(payload);
  const p = h.standin.dispatchInteraction(payload);
  const cb = await callbackOf(h.standin, p);
  expect(cb.body).toEqual({ type: 5, data: { flags: 64 } });
  return (
    await h.standin.waitForRequest({
      method: "PATCH",
      path: `/webhooks/${h.standin.applicationId}/${p.token}/messages/@original`,
    })
  ).body;
}

const file = (data: string, filename = "fix.json"): OptionSpec[] => [
  {
    name: "file",
    type: OptionType.Attachment,
    attachment: { filename, data, contentType: "application/json" },
  },
];
const facts = (label: string) =>
  JSON.stringify({
    report: "henan-2011",
    entries: h.store.engine.kb.entries
      .filter((e) => e.report === "henan-2011")
      .map((e) => (e.id === ID ? { ...e, label } : e)),
  });
const henanFile = (name: string) => readFileSync(join(h.store.dir, "reports", "henan-2011", name), "utf8");

describe("/refresh uploads", () => {
  it("an attachment without a content type is read as undeclared, not refused for a type the user never sent", async () => {
    const before = h.store.version;
    const body = await refresh(
      file(facts("Rural poor residents lifted out of poverty (no content type)"), "fix"),
      (payload) => {
        for (const a of Object.values(payload.data.resolved.attachments as Record<string, Json>))
          delete a.content_type;
      },
    );
    expect(body.embeds[0].title).toMatch(/upload.*succeeded/);
    // The store's refusal of a declared type reads `content type "…" is not accepted`.
    expect(JSON.stringify(body)).not.toMatch(/content type \\?".*is not accepted/);
    expect(h.store.version).not.toBe(before);
  });

  it("the same file again: the reply says nothing changed", async () => {
    const data = facts("Rural poor residents lifted out of poverty (sent twice)");
    await refresh(file(data));
    const version = h.store.version;
    const body = await refresh(file(data));
    expect(body.content).toMatch(
      /^ℹ️ nothing changed: the upload is identical to the loaded knowledge; no file was written and no snapshot taken$/,
    );
    expect(body.embeds[0].title).toMatch(/succeeded/);
    expect(h.store.version).toBe(version);
  });

  it("a bundle without annotations: the reply says the curated annotations were kept", async () => {
    const bundle = JSON.stringify({
      meta: JSON.parse(henanFile("meta.json")),
      text: henanFile("report.txt"),
    });
    const body = await refresh(file(bundle));
    expect(body.content).toMatch(
      /the bundle has no "annotations": kept the curated annotations of "henan-2011" \(\d+ labels/,
    );
    expect(henanFile("annotations.json").length).toBeGreaterThan(1000);
  });
});
