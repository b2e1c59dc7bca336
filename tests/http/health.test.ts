// /healthz says 503 when no knowledge is loaded or while draining; stop() in http mode waits for
// a deferred follow-up still on its way to Discord.
import { once } from "node:events";
import { describe, expect, it, vi } from "vitest";
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

/** A hold on the stand-in's answer to a request, released by the test (never by a timer). */
function hold() {
  let release!: () => void;
  const until = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { until, release };
}

/** Starts a moderator's /refresh whose deferred edit (PATCH) the stand-in holds; resolves once the PATCH is held. */
async function refreshHeldAtEdit(h: Awaited<ReturnType<typeof startHttpHarness>>, until: Promise<void>) {
  const fault = h.standin.failNext({ method: "PATCH", path: "/webhooks/:app/:token/messages/:mid", until });
  // The original message must exist before the PATCH reaches the stand-in: the harness relays the callback first.
  const { payload, body } = await h.interact({
    kind: "chatInput",
    commandName: "refresh",
    user: "moderator",
    options: [{ name: "rollback", type: OptionType.Boolean, value: false }],
  });
  expect(body.type).toBe(5);
  await expect.poll(() => fault.hits.length, { interval: 5 }).toBe(1);
  return payload;
}

describe("stop() in http mode", () => {
  it("waits for the deferred follow-up of an in-flight /refresh before it resolves", async () => {
    const h = await startHttpHarness();
    const edit = hold();
    try {
      const payload = await refreshHeldAtEdit(h, edit.until);
      let stopped = false;
      const serverClosed = once(h.app.http.server, "close");
      const stopping = h.app.stop().then(() => {
        stopped = true;
      });
      // The server has no connection left (the interaction's was answered), so a stop() that did
      // not wait for the follow-up would finish in the microtasks after this event; one more turn
      // of the event loop lets it. This one is still waiting for the held edit.
      await serverClosed;
      await new Promise((resolve) => setImmediate(resolve));
      expect(stopped).toBe(false);
      edit.release();
      await stopping;
      const edits = h.standin.findRequests({
        method: "PATCH",
        path: `/webhooks/${h.standin.applicationId}/${payload.token}/messages/@original`,
        status: 200,
      });
      expect(edits).toHaveLength(1);
      expect(edits[0]!.body.embeds[0].title).toMatch(/reload.*succeeded/);
      await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
    } finally {
      edit.release();
      await h.close();
    }
  });

  it("gives an unfinished follow-up SHUTDOWN_GRACE_SECONDS, then closes (it had its own 10 s)", async () => {
    const h = await startHttpHarness({ env: { SHUTDOWN_GRACE_SECONDS: "2" } });
    const edit = hold();
    try {
      await refreshHeldAtEdit(h, edit.until);
      // The grace is a timer: on fake timers it passes when the test says, not when the machine gets to it.
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      const stopping = h.app.stop();
      vi.advanceTimersByTime(2_000);
      vi.useRealTimers();
      // Resolves only if the grace that passed was the configured 2 s (a 10 s timer never fires here).
      await stopping;
      await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
    } finally {
      vi.useRealTimers();
      edit.release();
      await h.close();
    }
  });
});
