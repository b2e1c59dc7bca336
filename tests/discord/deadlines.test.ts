// Every wait on Discord is bounded by what it can still achieve, with the real bot against the
// Discord stand-in holding requests unanswered:
//  - an interaction callback is given up at the end of the response window (Discord's 3 s,
//    shortened here), tried once, and not followed by an apology that could no longer land;
//  - an edit of a deferred reply is given up at its deadline (the token's 15 minutes), and not
//    sent at all once the deadline has passed;
//  - SIGTERM exits within SHUTDOWN_GRACE_SECONDS (plus a margin) though a reply is still held.
// No timing is asserted: each check is that the bot gave up while the stand-in still held the
// request (its status not yet decided).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFollowUps, DeadlineError } from "../../src/surfaces/http/followup.js";
import { messageBody } from "../../src/surfaces/discord/response.js";
import {
  OptionType,
  startDiscordStandin,
  type DiscordStandin,
  type RecordedRequest,
} from "../support/discord/standin.js";
import { BASE_ENV, exitWithin, MAIN, runEntry, waitForLog } from "../production/support/entry.js";
import { callbackPath, copyKnowledge, startHarness, TOKEN, type Harness } from "./support/harness.js";

/** Longer than any test here runs: the stand-in holds the request, the bot must not wait for it. */
const HOLD_MS = 120_000;

describe("the interaction callback", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ callbackWindowMs: 500 });
  });
  afterAll(async () => h?.close());

  it("is given up at the end of its window, tried once, with no apology after the window", async () => {
    h.standin.failNext({ method: "POST", path: "/interactions/:id/:token/callback", delayMs: HOLD_MS });
    const p = h.standin.interactionCreate({ kind: "chatInput", commandName: "help" });
    await expect
      .poll(
        () =>
          h.logs.some(
            (l) =>
              l.msg === "interaction response did not land within its window" && l.interactionId === p.id,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    const tries = h.standin.requests.filter((r) => r.method === "POST" && r.path === callbackPath(p));
    expect(tries).toHaveLength(1);
    expect(tries[0]!.status).toBeNull(); // still held by the stand-in: the bot did not wait for it
    expect(
      h.logs.some(
        (l) =>
          l.msg === "no apology: the interaction's response window has passed" && l.interactionId === p.id,
      ),
    ).toBe(true);
    expect(h.standin.requests.filter((r) => r.path.includes(p.token as string))).toHaveLength(1);
  });
});

describe("an edit of the deferred reply", () => {
  let standin: DiscordStandin;
  beforeAll(async () => {
    standin = await startDiscordStandin({ token: TOKEN });
  });
  afterAll(async () => standin?.close());

  it("is given up at its deadline, and never sent once the deadline has passed", async () => {
    const followUps = createFollowUps({ token: TOKEN, api: standin.restUrl });
    try {
      const p = standin.buildInteraction({ kind: "chatInput", commandName: "help" });
      const edit = `/webhooks/${standin.applicationId}/${p.token}/messages/@original`;
      standin.failNext({ method: "PATCH", path: edit, delayMs: HOLD_MS });
      const body = messageBody({ content: "late" });
      await expect(
        followUps.editOriginal(standin.applicationId, p.token, body, { deadline: Date.now() + 300 }),
      ).rejects.toThrow(DeadlineError);
      const held = standin.requests.filter((r: RecordedRequest) => r.method === "PATCH" && r.path === edit);
      expect(held).toHaveLength(1);
      expect(held[0]!.status).toBeNull();

      await expect(
        followUps.editOriginal(standin.applicationId, p.token, body, { deadline: Date.now() - 1 }),
      ).rejects.toThrow(/window has passed; not sent/);
      await expect(
        followUps.send(standin.applicationId, p.token, body, { deadline: Date.now() - 1 }),
      ).rejects.toThrow(DeadlineError);
      expect(
        standin.requests.filter((r: RecordedRequest) => r.path.includes(p.token as string)),
      ).toHaveLength(1);
    } finally {
      followUps.close();
    }
  });
});

describe("SIGTERM", () => {
  let standin: DiscordStandin;
  let dir: string;
  beforeAll(async () => {
    standin = await startDiscordStandin({ token: TOKEN });
    dir = copyKnowledge();
  });
  afterAll(async () => {
    await standin?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 0 within the grace period though a deferred reply is still held by Discord", {
    timeout: 90_000,
  }, async () => {
    const p = runEntry(MAIN, {
      ...BASE_ENV,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: standin.applicationId,
      DISCORD_API_URL: standin.restUrl,
      KNOWLEDGE_DIR: dir,
      PORT: "0",
      SHUTDOWN_GRACE_SECONDS: "1",
    });
    try {
      await waitForLog(p, (l) => l.msg === "ready");
      const edit = (token: string) => `/webhooks/${standin.applicationId}/${token}/messages/@original`;
      standin.failNext({ method: "PATCH", path: "/webhooks/:app/:token/messages/:mid", delayMs: HOLD_MS });
      const refresh = standin.interactionCreate({
        kind: "chatInput",
        commandName: "refresh",
        user: "moderator",
        options: [{ name: "rollback", type: OptionType.Boolean, value: false }],
      });
      await expect
        .poll(
          () =>
            standin.requests.some((r) => r.method === "PATCH" && r.path === edit(refresh.token as string)),
          { timeout: 20_000 },
        )
        .toBe(true);
      p.child.kill("SIGTERM");
      // The bound here only keeps a hanging process from hanging the suite; the check is the held request below.
      expect(await exitWithin(p, 45_000)).toBe(0);
      expect(
        standin.requests.find((r) => r.method === "PATCH" && r.path === edit(refresh.token as string))!
          .status,
      ).toBeNull();
      expect(p.logs().find((l) => l.msg === "stopping with replies still in flight")).toMatchObject({
        inflight: 1,
        graceSeconds: 1,
      });
      expect(p.logs().some((l) => l.msg === "stopped")).toBe(true);
    } finally {
      p.child.kill("SIGKILL");
    }
  });
});
