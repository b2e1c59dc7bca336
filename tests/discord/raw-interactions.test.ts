// Interactions are answered from the raw gateway payload (the JSON the HTTP endpoint receives too),
// through REST, so payloads discord.js cannot parse are still answered: it once surfaced them only
// as an "unhandled rejection" without the interaction's id, and the member got nothing. Real bot,
// real discord.js client, the Discord stand-in dispatching hand-made payloads.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { gatewayDispatchInProgress } from "../../src/surfaces/discord/bot.js";
import { OptionType, type Json } from "../support/discord/standin.js";
import { callbackOf, startHarness, type Harness } from "./support/harness.js";

let h: Harness;
const processErrors: unknown[] = [];
const onProcessError = (e: unknown) => void processErrors.push(e);
beforeAll(async () => {
  process.on("unhandledRejection", onProcessError);
  h = await startHarness();
});
afterEach(() => {
  expect(processErrors, "nothing may escape the bot as an unhandled error").toEqual([]);
});
afterAll(async () => {
  await h?.close();
  process.off("unhandledRejection", onProcessError);
});

/** Builds a payload with the stand-in, lets `change` make it odd, dispatches it, returns its callback. */
async function dispatchOdd(
  spec: Parameters<Harness["standin"]["buildInteraction"]>[0],
  change: (p: Json) => void,
) {
  const p = h.standin.buildInteraction(spec);
  change(p);
  h.standin.dispatchInteraction(p);
  return (await callbackOf(h.standin, p)).body;
}

describe("payloads discord.js cannot parse are answered", () => {
  it("an autocomplete without data gets (empty) choices", async () => {
    const body = await dispatchOdd(
      {
        kind: "autocomplete",
        commandName: "fact",
        options: [{ name: "id", type: OptionType.String, value: "house", focused: true }],
      },
      (p) => delete p.data,
    );
    expect(body).toEqual({ type: 8, data: { choices: [] } });
  });

  it("a button on a message with thread: null pages the section", async () => {
    const first = (
      await callbackOf(
        h.standin,
        h.standin.interactionCreate({
          kind: "chatInput",
          commandName: "section",
          options: [{ name: "name", type: OptionType.String, value: "henan-2011:5" }],
        }),
      )
    ).body.data;
    const next = first.components[0].components[1].custom_id as string;
    const body = await dispatchOdd({ kind: "button", customId: next }, (p) => {
      p.message.thread = null;
      p.message.interaction_metadata = null;
    });
    expect(body.type).toBe(7);
    expect(body.data.embeds[0].footer.text).toContain("Page 2 of 2");
  });

  it("Ask the report on a message whose application has install_params: null answers the message", async () => {
    const target = h.standin.buildMessage({
      author: "member",
      content: "How many households were relocated?",
    });
    const body = await dispatchOdd(
      { kind: "messageContextMenu", commandName: "Ask the report", targetMessage: target },
      (p) => {
        const m = Object.values(p.data.resolved.messages as Record<string, Json>)[0]!;
        m.application = {
          id: "123456789012345678",
          name: "another app",
          description: "",
          icon: null,
          install_params: null,
        };
        m.thread = null;
      },
    );
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toBe("5853 households");
  });
});

describe("validate what is used, tolerate the rest", () => {
  it("a DM whose user has no username (used only for a log tag) is answered, not refused", async () => {
    const body = await dispatchOdd(
      {
        kind: "chatInput",
        commandName: "ask",
        dm: true,
        options: [
          { name: "question", type: OptionType.String, value: "How many households were relocated?" },
        ],
      },
      (p) => {
        delete p.user.username;
        delete p.user.global_name;
      },
    );
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toBe("5853 households");
  });
});

describe("messages are read from the raw payload too", () => {
  it("a mention whose payload has thread: null and application.install_params: null is answered", async () => {
    const mark = h.standin.mark();
    const m = h.standin.buildMessage({
      author: "member",
      content: "How many households were relocated?",
      mentionBot: true,
    });
    m.thread = null;
    m.application = {
      id: "123456789012345678",
      name: "another app",
      description: "",
      icon: null,
      install_params: null,
    };
    h.standin.dispatch("MESSAGE_CREATE", m);
    const post = await h.standin.waitForRequest(
      { method: "POST", path: `/channels/${m.channel_id}/messages` },
      { since: mark },
    );
    expect(post.status).toBe(200);
    expect(post.body.embeds[0].title).toBe("5853 households");
    expect(post.body.message_reference).toMatchObject({ message_id: m.id });
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe("what discord.js still parses", () => {
  it("an unhandled rejection raised while discord.js handles a dispatch can be told apart by its event and id", async () => {
    // discord.js fails on this CHANNEL_CREATE (permission_overwrites: null) in its own handler; the
    // process-level handler (main.ts) logs gatewayDispatchInProgress() with the rejection.
    const seen: ReturnType<typeof gatewayDispatchInProgress>[] = [];
    const capture = () => void seen.push(gatewayDispatchInProgress());
    process.on("unhandledRejection", capture);
    try {
      const channelId = "123456789012345670";
      h.standin.dispatch("CHANNEL_CREATE", {
        id: channelId,
        type: 0,
        guild_id: h.standin.guild.id,
        name: "odd",
        permission_overwrites: null,
      });
      await expect.poll(() => processErrors.length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(seen[0]).toEqual({ event: "CHANNEL_CREATE", id: channelId });
    } finally {
      process.off("unhandledRejection", capture);
      processErrors.length = 0;
    }
  });
});
