// The bot end to end: real discord.js Client <-> Discord stand-in, real engine over a temp knowledge copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_COMMANDS } from "../../src/surfaces/discord/commands/index.js";
import {
  AUTOCOMPLETE_CHOICES_MAX,
  CHOICE_NAME_MAX,
  CHOICE_VALUE_MAX,
  BUTTON_CUSTOM_ID_MAX,
} from "../../src/surfaces/discord/limits.js";
import { OptionType } from "../support/discord/standin.js";
import { assertEmbedLimits, callbackOf, startHarness, type Harness } from "./support/harness.js";

const Q = "How many rural poor residents were lifted out of poverty?";
const FIGURE = "1.033 million rural poor residents";
const QUOTE = "In 2011, Henan Province lifted 1.033 million rural poor residents out of poverty";

const boom = {
  data: { name: "boom", description: "always fails" },
  async execute() {
    throw new Error("kaboom");
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands: [...BUILTIN_COMMANDS, boom] });
});
afterAll(async () => {
  await h?.close();
});

const ask = (question: string, extra: Record<string, unknown> = {}) =>
  h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: question }],
    ...extra,
  });

describe("/ask", () => {
  it("answers with the figure as title, the quote, the section in the footer, and no mentions", async () => {
    const p = ask(Q);
    const cb = await callbackOf(h.standin, p);
    expect(cb.status).toBe(204);
    expect(cb.body.type).toBe(4);
    const data = cb.body.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const embed = data.embeds[0];
    expect(embed.title).toBe(FIGURE);
    expect(embed.description).toContain(`> ${QUOTE}`);
    expect(embed.footer.text).toContain("Overview");
    expect(embed.footer.text).toContain("Poverty Alleviation and Development in Henan Province (2011)");
    expect(
      embed.fields.find((f: { name: string }) => f.name === "Also close").value.split("\n").length,
    ).toBeLessThanOrEqual(3);
    assertEmbedLimits(data.embeds);
  });

  it("a question the report cannot answer says so and lists suggestions", async () => {
    const p = ask("what is the price of bananas on mars");
    const embed = (await callbackOf(h.standin, p)).body.data.embeds[0];
    expect(embed.title).toBe("No answer in the report");
    const suggestions = embed.fields.find((f: { name: string }) => f.name === "The report does cover");
    expect(suggestions.value).toContain("Investment of anti-poverty funds");
  });

  it("a Chinese question gets Chinese labels", async () => {
    const p = ask("易地扶贫搬迁了多少户？", { locale: "zh-CN" });
    const embed = (await callbackOf(h.standin, p)).body.data.embeds[0];
    expect(embed.title).toBe("5853户");
    const names = (embed.fields ?? []).map((f: { name: string }) => f.name);
    expect(names).toContain("相近的数字");
    expect(names).not.toContain("Also close");
  });

  it("@everyone, mentions, markdown and links in the question cannot ping or break formatting", async () => {
    const p = ask(
      "@everyone **how many** households <@&123456789012345678> were relocated? [x](https://evil.example) @here",
    );
    const data = (await callbackOf(h.standin, p)).body.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(data.embeds);
    expect(data.embeds[0].description).toContain("@\u200beveryone");
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toContain("<@&");
    expect(text).not.toContain("https://evil.example");
    expect(data.embeds[0].description).toContain("\\*\\*how many\\*\\*");
    // the stand-in parsed no mentions out of what the bot sent
    expect(h.standin.getInteraction(p.id)?.acknowledged).toBe(true);
  });
});

describe("mentions and DMs (no MessageContent intent)", () => {
  it("a guild message mentioning the bot gets the same answer as a reply", async () => {
    const slash = (await callbackOf(h.standin, ask(Q))).body.data.embeds[0];
    const mark = h.standin.mark();
    const incoming = h.standin.messageCreate({ content: Q, mentionBot: true });
    const post = await h.standin.waitForRequest(
      { method: "POST", path: `/channels/${incoming.channel_id}/messages` },
      { since: mark },
    );
    expect(post.body.message_reference).toMatchObject({ message_id: incoming.id });
    expect(post.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    expect(post.body.embeds[0].title).toBe(slash.title);
    expect(post.body.embeds[0].description).toBe(slash.description);
  });

  it("a DM gets the answer too", async () => {
    const mark = h.standin.mark();
    const incoming = h.standin.messageCreate({ dm: true, author: "member", content: Q });
    const post = await h.standin.waitForRequest(
      { method: "POST", path: `/channels/${incoming.channel_id}/messages` },
      { since: mark },
    );
    expect(post.body.message_reference).toMatchObject({ message_id: incoming.id });
    expect(post.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(post.body.embeds[0].title).toBe(FIGURE);
  });

  it("a guild message that does not mention the bot is ignored", async () => {
    const mark = h.standin.mark();
    h.standin.messageCreate({ content: Q });
    const dm = h.standin.messageCreate({ dm: true, content: Q }); // a later message we do answer
    await h.standin.waitForRequest(
      { method: "POST", path: `/channels/${dm.channel_id}/messages` },
      { since: mark },
    );
    expect(
      h.standin.findRequests(
        (r) =>
          r.seq >= mark &&
          r.method === "POST" &&
          r.path.startsWith("/channels/") &&
          r.path.endsWith("/messages"),
      ),
    ).toHaveLength(1);
  });
});

describe("context menu", () => {
  it("Ask the report answers the target message", async () => {
    const target = h.standin.buildMessage({ author: "member", content: Q });
    const p = h.standin.interactionCreate({
      kind: "messageContextMenu",
      commandName: "Ask the report",
      targetMessage: target,
    });
    const data = (await callbackOf(h.standin, p)).body.data;
    expect(data.embeds[0].title).toBe(FIGURE);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("/fact", () => {
  const complete = (value: string) =>
    h.standin.interactionCreate({
      kind: "autocomplete",
      commandName: "fact",
      options: [{ name: "figure", type: OptionType.String, value, focused: true }],
    });

  it("autocomplete: at most 25 choices, names and values within limits, matching the input", async () => {
    const empty = (await callbackOf(h.standin, complete(""))).body;
    expect(empty.type).toBe(8);
    expect(empty.data.choices).toHaveLength(AUTOCOMPLETE_CHOICES_MAX);
    const relocated = (await callbackOf(h.standin, complete("relocat house"))).body.data.choices as {
      name: string;
      value: string;
    }[];
    expect(relocated.length).toBeGreaterThan(0);
    expect(relocated.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICES_MAX);
    for (const c of [...empty.data.choices, ...relocated]) {
      expect(c.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
      expect(c.value.length).toBeLessThanOrEqual(CHOICE_VALUE_MAX);
    }
    expect(relocated[0]!.name.toLowerCase()).toContain("household");
    expect(
      relocated.some((c) => c.value === "henan-2011:relocation-for-poverty-alleviation:5853-households"),
    ).toBe(true);
  });

  it("execute with a chosen id shows that figure; a bad id gets an ephemeral unknown-figure message", async () => {
    const good = h.standin.interactionCreate({
      kind: "chatInput",
      commandName: "fact",
      options: [
        {
          name: "figure",
          type: OptionType.String,
          value: "henan-2011:relocation-for-poverty-alleviation:5853-households",
        },
      ],
    });
    expect((await callbackOf(h.standin, good)).body.data.embeds[0].title).toBe("5853 households");
    const bad = h.standin.interactionCreate({
      kind: "chatInput",
      commandName: "fact",
      options: [{ name: "figure", type: OptionType.String, value: "zzqx:not-an-id" }],
    });
    const body = (await callbackOf(h.standin, bad)).body;
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toMatch(/Unknown figure/);
  });
});

describe("/section and /sections", () => {
  const SECTION_VALUE = "henan-2011:5"; // 17 figures: two pages

  it("pages with Previous/Next buttons; Next edits the message to page 2 (callback type 7)", async () => {
    const p = h.standin.interactionCreate({
      kind: "chatInput",
      commandName: "section",
      options: [{ name: "name", type: OptionType.String, value: SECTION_VALUE }],
    });
    const first = (await callbackOf(h.standin, p)).body.data;
    expect(first.embeds[0].title).toBe("Poverty alleviation by science and technology and industrialization");
    expect(first.embeds[0].footer.text).toContain("Page 1 of 2");
    assertEmbedLimits(first.embeds);
    const buttons = first.components[0].components as { custom_id: string; disabled?: boolean }[];
    expect(buttons.map((b) => b.custom_id)).toEqual(
      ["section:henan-2011:5:-1", "section:henan-2011:5:1"].map((id) => id.replace(":-1", ":-1")),
    );
    expect(buttons[0]!.disabled).toBe(true);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(BUTTON_CUSTOM_ID_MAX);

    const click = h.standin.interactionCreate({ kind: "button", customId: buttons[1]!.custom_id });
    const next = (await callbackOf(h.standin, click)).body;
    expect(next.type).toBe(7);
    expect(next.data.embeds[0].footer.text).toContain("Page 2 of 2");
    expect(next.data.embeds[0].description).not.toBe(first.embeds[0].description);
    expect(next.data.components[0].components[1].disabled).toBe(true);
  });

  it("a forged or stale button custom_id is refused ephemerally", async () => {
    for (const customId of ["section:henan-2011:99:0", "section:henan-2011:5:7", "section:nope:0:0"]) {
      const body = (await callbackOf(h.standin, h.standin.interactionCreate({ kind: "button", customId })))
        .body;
      expect(body.type).toBe(4);
      expect(body.data.flags).toBe(64);
    }
  });

  it("autocomplete over section titles; /sections lists them", async () => {
    const ac = h.standin.interactionCreate({
      kind: "autocomplete",
      commandName: "section",
      options: [{ name: "name", type: OptionType.String, value: "reloc", focused: true }],
    });
    const choices = (await callbackOf(h.standin, ac)).body.data.choices;
    expect(choices[0]).toEqual({ name: "Relocation for poverty alleviation", value: "henan-2011:6" });
    const list = (
      await callbackOf(h.standin, h.standin.interactionCreate({ kind: "chatInput", commandName: "sections" }))
    ).body.data.embeds[0];
    expect(list.fields[0].value.split("\n")).toHaveLength(h.store.engine.kb.sections.length);
  });

  it("/help explains mention, DM, the commands and the context menu", async () => {
    const embed = (
      await callbackOf(h.standin, h.standin.interactionCreate({ kind: "chatInput", commandName: "help" }))
    ).body.data.embeds[0];
    for (const word of ["Mention me", "DM", "/ask", "/fact", "/section", "Ask the report"])
      expect(embed.description).toContain(word);
  });
});

describe("failures", () => {
  it("a handler that throws gets an ephemeral apology, is logged, and the bot keeps serving", async () => {
    const p = h.standin.interactionCreate({ kind: "chatInput", commandName: "boom" });
    const body = (await callbackOf(h.standin, p)).body;
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(body.data.content).toMatch(/Sorry/);
    expect(h.logs.some((l) => l.msg === "interaction handler failed" && l.interactionId === p.id)).toBe(true);
    expect((await callbackOf(h.standin, ask(Q))).body.data.embeds[0].title).toBe(FIGURE);
  });

  it("REST 500s on the reply: the apology goes out when Discord recovers, the process keeps serving", async () => {
    const fault = h.standin.failNext({
      method: "POST",
      path: "/interactions/:id/:token/callback",
      status: 500,
      times: 4,
    });
    const p = ask(Q);
    await expect
      .poll(
        () =>
          h.standin.findRequests({
            method: "POST",
            path: `/interactions/${p.id}/${p.token}/callback`,
            status: 204,
          }).length,
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(fault.hits.length).toBe(4);
    const ok = h.standin.findRequests({
      method: "POST",
      path: `/interactions/${p.id}/${p.token}/callback`,
      status: 204,
    })[0]!;
    expect(ok.body.data.content).toMatch(/Sorry/);
    expect((await callbackOf(h.standin, ask(Q))).body.data.embeds[0].title).toBe(FIGURE);
  });
});
