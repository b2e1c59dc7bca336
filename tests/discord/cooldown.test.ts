// The per-member cooldown through the gateway: the same shared code as over HTTP (/ask, the
// context menu), and for mentions and DMs, which cannot be ephemeral: one notice per window.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OptionType } from "../support/discord/standin.js";
import { callbackOf, startHarness, type Harness } from "./support/harness.js";

const Q = "How many households were relocated?";
const clock = { now: Date.now() };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cooldownSeconds: 5, now: () => clock.now });
});
afterAll(async () => {
  await h?.close();
});

const ask = (user: string) =>
  h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "ask",
    user,
    options: [{ name: "question", type: OptionType.String, value: Q }],
  });

describe("cooldown over the gateway (5 s)", () => {
  it("/ask: an ephemeral, polite refusal with the seconds left, then an answer after the window", async () => {
    expect((await callbackOf(h.standin, ask("member"))).body.data.embeds[0].title).toBe("5853 households");
    clock.now += 2_000;
    const refused = (await callbackOf(h.standin, ask("member"))).body;
    expect(refused).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(refused.data.content).toMatch(/Please wait 3 more seconds/);
    clock.now += 3_000;
    expect((await callbackOf(h.standin, ask("member"))).body.data.embeds[0].title).toBe("5853 households");
  });

  it("mentions: answered, then one notice in the window, then silence; answered again after it", async () => {
    clock.now += 10_000;
    const replies = () =>
      h.standin.findRequests(
        (r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200,
      );
    const start = replies().length;
    const send = async (expectReply: boolean) => {
      const mark = h.standin.mark();
      const m = h.standin.messageCreate({ content: Q, mentionBot: true, author: "owner" });
      if (expectReply)
        return (
          await h.standin.waitForRequest(
            { method: "POST", path: `/channels/${m.channel_id}/messages` },
            { since: mark },
          )
        ).body;
      // A DM from someone else, answered, proves the silent one was processed first (events are handled in order).
      const dm = h.standin.messageCreate({ dm: true, author: "moderator", content: Q });
      await h.standin.waitForRequest(
        { method: "POST", path: `/channels/${dm.channel_id}/messages` },
        { since: mark },
      );
      return null;
    };
    expect((await send(true))!.embeds[0].title).toBe("5853 households");
    const notice = (await send(true))!;
    expect(notice.content).toMatch(/Please wait 5 more seconds/);
    expect(notice.embeds ?? []).toHaveLength(0);
    expect(notice.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    await send(false);
    expect(replies().length - start).toBe(3); // answer, notice, the moderator's DM answer: nothing for the third mention
    clock.now += 5_000;
    expect((await send(true))!.embeds[0].title).toBe("5853 households");
    expect(h.bot.ctx.metrics.cooldownRefusals.get()).toBe(3); // one /ask + two mentions
  });
});
