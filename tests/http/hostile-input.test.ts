// Odd or hostile input to a real http-mode app (signed requests over real HTTP on 127.0.0.1, the
// Discord stand-in for follow-ups): options nested a thousand deep, an upload the client abandons,
// control characters echoed into embeds, a signed request replayed within its 5-minute window.
import { once } from "node:events";
import { createConnection } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sanitize } from "../../src/surfaces/discord/sanitize.js";
import { ReplayGuard } from "../../src/surfaces/http/replay.js";
import { OptionType, type Json } from "../support/discord/standin.js";
import { signRequest, startHttpHarness, type HttpHarness } from "./support/http-harness.js";

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness();
});
afterAll(async () => {
  await h?.close();
});

const ask = (question: string) =>
  h.standin.buildInteraction({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: question }],
  });

describe("options nested deeper than Discord ever sends", () => {
  it("a thousand levels: a 400 naming the problem, not a 500 (zod's recursion overflowed the stack)", async () => {
    const payload = ask("How many households were relocated?");
    let options: Json[] = payload.data.options;
    for (let i = 0; i < 1000; i++) options = [{ name: "group", type: OptionType.SubcommandGroup, options }];
    payload.data.options = options;
    const res = await h.post(payload);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error).toMatch(/options.*nested deeper than 3/);
    expect(h.app.metrics.errors.get({ where: "http" })).toBe(0);
  });

  it("Discord's own deepest shape (group > subcommand > option) still reads", async () => {
    const payload = ask("How many households were relocated?");
    payload.data.options = [
      {
        name: "group",
        type: OptionType.SubcommandGroup,
        options: [{ name: "sub", type: OptionType.Subcommand, options: payload.data.options }],
      },
    ];
    const res = await h.post(payload);
    expect(res.status).toBe(200);
  });
});

describe("a client that abandons its upload", () => {
  it("is logged below error level and not counted as a server error", async () => {
    const body = JSON.stringify(ask("How many households were relocated?"));
    const from = h.logs.length;
    const socket = createConnection({ host: "127.0.0.1", port: h.app.http.port });
    socket.on("error", () => {});
    await once(socket, "connect");
    const headers = {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      ...signRequest(h.keys.privateKey, body),
    };
    socket.write(
      `POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join("")}\r\n${body.slice(0, 40)}`,
      () => socket.destroy(),
    );
    const seen = () =>
      h.app.metrics.httpRequests.get({ route: "/interactions", status: "499" }) +
      h.app.metrics.httpRequests.get({ route: "/interactions", status: "500" });
    await expect.poll(seen, { timeout: 10_000 }).toBe(1);
    expect(h.app.metrics.httpRequests.get({ route: "/interactions", status: "499" })).toBe(1);
    expect(h.app.metrics.errors.get({ where: "http" })).toBe(0);
    expect(h.logs.slice(from).filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});

describe("control characters", () => {
  const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === "object"
          ? Object.values(v).flatMap(strings)
          : [];

  it("NUL, BEL, ESC and C1 controls in a question are not echoed into the embed", async () => {
    const res = await h.post(
      ask("How many\u0000 households\u0007 were \u001b[31mrelocated\u009b? @every\u0000one"),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    const text = strings(body.data.embeds);
    expect(text.join("\n")).toContain("households");
    for (const s of text) expect(s).not.toMatch(controls);
    // Stripped before mentions are neutralised, so a control character cannot smuggle one through.
    expect(text.join("\n")).not.toMatch(/@everyone/);
  });

  it("the sanitizer keeps newlines and tabs, turns CR LF into LF, drops the rest", () => {
    expect(sanitize("a\r\nb\rc\td\u0000e\u001ff\u007fg\u0085h")).toBe("a\nb\nc\tdefgh");
  });
});

describe("a signed request replayed within the signature window", () => {
  it("the memory of seen ids is bounded, and forgets an id once its signature has expired", () => {
    const clock = { now: 1_000_000_000_000 };
    const guard = new ReplayGuard(300_000, 3, () => clock.now);
    const at = clock.now / 1000;
    expect(["1", "2", "3", "4", "5"].map((id) => guard.firstTime(id, at))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(guard.size).toBe(3);
    expect(guard.firstTime("5", at)).toBe(false);
    clock.now += 302_000; // past the window: the signature check refuses such a request anyway
    expect(guard.firstTime("6", clock.now / 1000)).toBe(true);
    expect(guard.size).toBe(1);
  });

  it("runs once: the replay is refused and sends no second follow-up", async () => {
    const payload = h.standin.buildInteraction({
      kind: "chatInput",
      commandName: "refresh",
      user: "moderator",
    });
    const body = JSON.stringify(payload);
    const headers = { "content-type": "application/json", ...signRequest(h.keys.privateKey, body) };
    const before = h.app.metrics.refreshes.get({ action: "reload", outcome: "ok" });
    const mark = h.standin.mark();
    const first = await fetch(`${h.url}/interactions`, { method: "POST", headers, body });
    expect(first.status).toBe(200);
    // Discord's part: the type 5 response becomes the callback that creates the original message.
    const cb = await fetch(`${h.standin.restUrl}/v10/interactions/${payload.id}/${payload.token}/callback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(await first.json()),
    });
    expect(cb.status).toBe(204);
    await h.standin.waitForRequest(
      {
        method: "PATCH",
        path: `/webhooks/${h.standin.applicationId}/${payload.token}/messages/@original`,
        status: 200,
      },
      { since: mark },
    );
    const replay = await fetch(`${h.url}/interactions`, { method: "POST", headers, body });
    expect(replay.status).toBe(409);
    expect(
      h.logs.some((l) => l.msg === "interaction request refused: replayed" && l.interactionId === payload.id),
    ).toBe(true);
    // The app has finished everything it started (stop() waits for follow-ups): one refresh, one edit.
    await h.close();
    expect(h.app.metrics.refreshes.get({ action: "reload", outcome: "ok" })).toBe(before + 1);
    // One delivered edit: a PATCH that raced the callback and got 404 is the same follow-up retried.
    expect(
      h.standin.requests.filter(
        (r) =>
          r.seq >= mark &&
          r.method === "PATCH" &&
          r.path.includes(payload.token as string) &&
          r.status === 200,
      ),
    ).toHaveLength(1);
  });
});
