// Two http-mode instances on one shared knowledge folder (as behind a load balancer): a refresh
// on one reaches the other through the folder's version stamp, checked before answering at most
// once per KNOWLEDGE_CHECK_SECONDS.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeVersionStamp } from "../../src/knowledge/version-stamp.js";
import {
  OptionType,
  startDiscordStandin,
  type DiscordStandin,
  type InteractionSpec,
} from "../support/discord/standin.js";
import { copyKnowledge } from "../discord/support/harness.js";
import { newKeys, startHttpHarness, TOKEN, type HttpHarness } from "./support/http-harness.js";

const Q = "How many rural poor residents were lifted out of poverty?";
const ID = "henan-2011:overview:1-033-million-rural-poor-residents";
const LABEL = "Rural poor residents lifted out of poverty (fixed on instance A)";
const ask = {
  kind: "chatInput",
  commandName: "ask",
  options: [{ name: "question", type: OptionType.String, value: Q }],
} as InteractionSpec;

let dir: string;
let standin: DiscordStandin;
let a: HttpHarness;
let b: HttpHarness;
beforeAll(async () => {
  dir = copyKnowledge();
  standin = await startDiscordStandin({ token: TOKEN });
  const keys = newKeys();
  const env = { KNOWLEDGE_CHECK_SECONDS: "5" };
  a = await startHttpHarness({ dir, standin, keys, env });
  b = await startHttpHarness({ dir, standin, keys, env });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await standin?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a refresh on one instance reaches the others", () => {
  it("B serves A's upload after its next check; the stamp is cheap and changes with the folder", async () => {
    const stampBefore = knowledgeVersionStamp(dir);
    const versionBefore = b.store.version;
    const entries = a.store.engine.kb.entries
      .filter((e) => e.report === "henan-2011")
      .map((e) => (e.id === ID ? { ...e, label: LABEL } : e));
    const mark = standin.mark();
    const { payload } = await a.interact({
      kind: "chatInput",
      commandName: "refresh",
      user: "moderator",
      options: [
        {
          name: "file",
          type: OptionType.Attachment,
          attachment: {
            filename: "facts.json",
            data: JSON.stringify({ report: "henan-2011", entries }),
            contentType: "application/json",
          },
        },
      ],
    });
    const edit = await standin.waitForRequest(
      {
        method: "PATCH",
        path: `/webhooks/${standin.applicationId}/${payload.token}/messages/@original`,
        status: 200,
      },
      { since: mark },
    );
    expect(edit.body.embeds[0].title).toMatch(/upload.*succeeded/);
    expect(knowledgeVersionStamp(dir)).not.toBe(stampBefore);

    // Within the check interval B still serves what it loaded (no disk access per question)...
    b.clock.now += 1_000;
    expect((await b.interact(ask)).body.data.embeds[0].description).not.toContain(LABEL);
    expect(b.store.version).toBe(versionBefore);
    // ...and after it, the next question finds the new stamp, reloads, and is answered from A's data.
    b.clock.now += 5_000;
    expect((await b.interact(ask)).body.data.embeds[0].description).toContain(LABEL);
    expect(b.store.version).toBe(a.store.version);
    expect(b.app.metrics.knowledgeReloads.get({ outcome: "ok" })).toBe(1);
    expect(
      b.logs.some((l) => l.msg === "knowledge changed on disk; reloaded" && l.version === a.store.version),
    ).toBe(true);

    // A changed the folder itself: it does not reload its own change.
    a.clock.now += 10_000;
    await a.interact(ask);
    expect(a.app.metrics.knowledgeReloads.get({ outcome: "ok" })).toBe(0);
  });

  it("both report the same version on /healthz", async () => {
    const [ha, hb] = await Promise.all(
      [a, b].map(async (x) => (await fetch(`${x.url}/healthz`)).json() as Promise<{ version: string }>),
    );
    expect(ha!.version).toBe(hb!.version);
  });
});
