// /healthz says 503 when no knowledge is loaded or while draining; stop() in http mode waits for
// a deferred follow-up still on its way to Discord.
import { describe, expect, it } from "vitest";
import { healthOf } from "../../src/surfaces/app.js";
import { OptionType } from "../support/discord/standin.js";
import { startHttpHarness } from "./support/http-harness.js";

describe("health", () => {
  it("503 without knowledge, or with knowledge that has no figures, or while draining", () => {
    expect(healthOf("http", null)(false)).toMatchObject({
      ok: false,
      body: { status: "knowledge not loaded", version: null },
    });
    const empty = { version: "v", engine: { kb: { reports: [], entries: [] } } } as never;
    expect(healthOf("http", empty)(false).ok).toBe(false);
    const loaded = { version: "v1", engine: { kb: { reports: [{}], entries: [{}] } } } as never;
    expect(healthOf("gateway", loaded)(false)).toMatchObject({
      ok: true,
      body: { status: "ok", mode: "gateway", version: "v1", reports: 1, entries: 1 },
    });
    expect(healthOf("gateway", loaded)(true)).toMatchObject({ ok: false, body: { status: "draining" } });
  });
});

describe("stop() in http mode", () => {
  it("waits for the deferred follow-up of an in-flight /refresh before it resolves", async () => {
    const h = await startHttpHarness();
    try {
      const fault = h.standin.failNext({
        method: "PATCH",
        path: "/webhooks/:app/:token/messages/:mid",
        delayMs: 400,
      });
      // The original message must exist before the delayed PATCH reaches the stand-in: relay first, then let it run.
      const { payload, body } = await h.interact({
        kind: "chatInput",
        commandName: "refresh",
        user: "moderator",
        options: [{ name: "rollback", type: OptionType.Boolean, value: false }],
      });
      expect(body.type).toBe(5);
      await expect.poll(() => fault.hits.length, { interval: 5 }).toBe(1);
      await h.app.stop();
      const edits = h.standin.findRequests({
        method: "PATCH",
        path: `/webhooks/${h.standin.applicationId}/${payload.token}/messages/@original`,
        status: 200,
      });
      expect(edits).toHaveLength(1);
      expect(edits[0]!.body.embeds[0].title).toMatch(/reload.*succeeded/);
      await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
    } finally {
      await h.close();
    }
  });
});
