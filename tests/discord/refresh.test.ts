// /refresh through the stand-in against the real knowledge store on a temp copy of knowledge/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OptionType, type Json, type OptionSpec } from "../support/discord/standin.js";
import { assertEmbedLimits, callbackOf, startHarness, type Harness } from "./support/harness.js";

const Q = "How many rural poor residents were lifted out of poverty?";
const ID = "henan-2011:overview:1-033-million-rural-poor-residents";
const NEW_LABEL = "Rural poor residents lifted out of poverty (corrected 2012)";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function refresh(user: string, options: OptionSpec[] = []): Promise<Json> {
  const p = h.standin.interactionCreate({ kind: "chatInput", commandName: "refresh", user, options });
  const cb = await callbackOf(h.standin, p);
  expect(cb.body).toEqual({ type: 5, data: { flags: 64 } });
  const edit = await h.standin.waitForRequest({
    method: "PATCH",
    path: `/webhooks/${h.standin.applicationId}/${p.token}/messages/@original`,
  });
  expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  return edit.body;
}

async function answerLine(): Promise<string> {
  const p = h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: Q }],
  });
  return (await callbackOf(h.standin, p)).body.data.embeds[0].description as string;
}

const factsFile = (mutate: (e: Json) => Json) => {
  const entries = h.store.engine.kb.entries
    .filter((e) => e.report === "henan-2011")
    .map((e) => mutate({ ...e }));
  return JSON.stringify({ report: "henan-2011", entries });
};
const upload = (data: string): OptionSpec[] => [
  {
    name: "file",
    type: OptionType.Attachment,
    attachment: { filename: "facts.json", data, contentType: "application/json" },
  },
];

describe("/refresh", () => {
  it("refuses a member without Manage Server or a moderator role", async () => {
    const before = h.store.version;
    const body = await refresh("member");
    expect(body.content).toMatch(/Only moderators/);
    expect(h.store.version).toBe(before);
    expect(
      h.logs.some(
        (l) => l.msg?.toString().includes("refused") && l.userId === h.standin.userByName("member").id,
      ),
    ).toBe(true);
  });

  it("a moderator's facts upload changes the answer and reports the diff", async () => {
    expect(await answerLine()).not.toContain(NEW_LABEL);
    const before = h.store.version;
    const body = await refresh(
      "moderator",
      upload(factsFile((e) => (e.id === ID ? { ...e, label: NEW_LABEL } : e))),
    );
    const embed = body.embeds[0];
    assertEmbedLimits(body.embeds);
    expect(embed.title).toMatch(/succeeded/);
    const text = embed.fields.map((f: Json) => f.value).join("\n");
    expect(text).toContain("entries: 112 → 112");
    expect(text).toContain("changed 1");
    expect(text).toContain(`${before} → ${h.store.version}`);
    expect(await answerLine()).toContain(NEW_LABEL);
    const log = h.logs.find((l) => l.msg === "refresh" && l.outcome === "ok");
    expect(log).toMatchObject({ action: "upload", userId: h.standin.userByName("moderator").id });
  });

  it("bad data: every error is listed and the previous answers are still served", async () => {
    const version = h.store.version;
    const body = await refresh(
      "moderator",
      upload(factsFile((e) => (e.id === ID ? { ...e, kind: "bogus" } : e))),
    );
    const embed = body.embeds[0];
    expect(embed.title).toMatch(/failed/);
    expect(embed.description).toMatch(/kind/);
    expect(h.store.version).toBe(version);
    expect(await answerLine()).toContain(NEW_LABEL);
    expect(h.logs.some((l) => l.msg === "refresh" && l.outcome === "failed")).toBe(true);
  });

  it("not JSON at all is refused with the reason", async () => {
    const body = await refresh("moderator", upload("this is not json"));
    expect(body.embeds[0].title).toBe("Refresh (upload) failed; the bot keeps serving the previous data");
    // The store's own reason, with JSON.parse's message after it, as the one line of the list.
    expect(body.embeds[0].description).toMatch(/^• the file is not valid JSON: Unexpected token .+$/);
  });

  it("rollback returns to the original data; a plain refresh reloads", async () => {
    const body = await refresh("moderator", [{ name: "rollback", type: OptionType.Boolean, value: true }]);
    expect(body.embeds[0].title).toMatch(/rollback.*succeeded/);
    expect(await answerLine()).not.toContain(NEW_LABEL);
    const reload = await refresh("moderator");
    expect(reload.embeds[0].title).toMatch(/reload.*succeeded/);
  });
});
