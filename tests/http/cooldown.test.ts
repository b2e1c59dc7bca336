// The per-member cooldown on asking, over HTTP (with an injectable clock, no sleeping), and the
// cooldown itself: it expires and its memory stays bounded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCooldown } from "../../src/surfaces/discord/cooldown.js";
import { OptionType, type InteractionSpec } from "../support/discord/standin.js";
import { startHttpHarness, type HttpHarness } from "./support/http-harness.js";

const Q = "How many households were relocated?";
const ask = (user: string, extra: Partial<InteractionSpec> = {}) =>
  ({
    kind: "chatInput",
    commandName: "ask",
    user,
    options: [{ name: "question", type: OptionType.String, value: Q }],
    ...extra,
  }) as InteractionSpec;

let h: HttpHarness;
beforeAll(async () => {
  h = await startHttpHarness({ env: { ASK_COOLDOWN_SECONDS: "5" } });
});
afterAll(async () => {
  await h?.close();
});

describe("cooldown over HTTP (ASK_COOLDOWN_SECONDS=5)", () => {
  it("a second question within 5 s gets a polite ephemeral message with the seconds left; after the window it is answered", async () => {
    const first = (await h.interact(ask("member"))).body;
    expect(first.data.embeds[0].title).toBe("5853 households");

    h.clock.now += 1_200;
    const refused = (await h.interact(ask("member"))).body;
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.embeds).toBeUndefined();
    expect(refused.data.content).toMatch(/Please wait 4 more seconds/);
    expect(refused.data.allowed_mentions).toEqual({ parse: [] });

    // Another member is not affected.
    expect((await h.interact(ask("owner"))).body.data.embeds[0].title).toBe("5853 households");

    // A refusal does not restart the window.
    h.clock.now += 3_800;
    expect((await h.interact(ask("member"))).body.data.embeds[0].title).toBe("5853 households");
    expect(h.app.metrics.cooldownRefusals.get()).toBe(1);
  });

  it("the context menu shares the cooldown with /ask; the message is in the user's language", async () => {
    h.clock.now += 10_000;
    expect((await h.interact(ask("moderator"))).body.type).toBe(4);
    const target = h.standin.buildMessage({ author: "member", content: Q });
    const refused = (
      await h.interact({
        kind: "messageContextMenu",
        commandName: "Ask the report",
        user: "moderator",
        targetMessage: target,
        locale: "zh-CN",
      })
    ).body;
    expect(refused.data.flags).toBe(64);
    expect(refused.data.content).toMatch(/请再等 5 秒/);
  });

  it("lookups are not questions: /fact and autocomplete are never refused", async () => {
    h.clock.now += 10_000;
    await h.interact(ask("member"));
    const fact = (
      await h.interact({
        kind: "chatInput",
        commandName: "fact",
        user: "member",
        options: [
          {
            name: "figure",
            type: OptionType.String,
            value: "henan-2011:relocation-for-poverty-alleviation:5853-households",
          },
        ],
      })
    ).body;
    expect(fact.data.embeds[0].title).toBe("5853 households");
  });
});

describe("createCooldown", () => {
  it("expires entries and never holds more than maxEntries users", () => {
    let now = 0;
    const c = createCooldown(5, { now: () => now, maxEntries: 100 });
    for (let i = 0; i < 1000; i++) expect(c.take(`u${i}`).ok).toBe(true);
    expect(c.size).toBeLessThanOrEqual(100);
    now += 5_000;
    c.take("late");
    expect(c.size).toBe(1); // everyone else expired and was swept
  });

  it("tells once per window (alreadyTold), and 0 seconds turns it off", () => {
    let now = 0;
    const c = createCooldown(2, { now: () => now });
    expect(c.take("a").ok).toBe(true);
    expect(c.take("a")).toMatchObject({ ok: false, alreadyTold: false, retryAfterMs: 2_000 });
    now += 500;
    expect(c.take("a")).toMatchObject({ ok: false, alreadyTold: true, retryAfterMs: 1_500 });
    now += 1_500;
    expect(c.take("a").ok).toBe(true);
    const off = createCooldown(0);
    expect(off.take("a").ok && off.take("a").ok).toBe(true);
    expect(off.size).toBe(0);
  });
});
