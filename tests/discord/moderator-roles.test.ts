// MODERATOR_ROLE_IDS: a member without Manage Server may /refresh when one of their roles is listed;
// a role that is not listed does not make a moderator. Real bot, real store, members given roles in
// the stand-in's guild.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OptionType,
  Permissions,
  snowflake,
  type Json,
  type OptionSpec,
} from "../support/discord/standin.js";
import { callbackOf, startHarness, testGuild, type Harness } from "./support/harness.js";

const ID = "henan-2011:overview:1-033-million-rural-poor-residents";
const NEW_LABEL = "Rural poor residents lifted out of poverty (curator's correction)";
const Q = "How many rural poor residents were lifted out of poverty?";

const CURATOR_ROLE = snowflake();
const HELPER_ROLE = snowflake();
/** Listed, but held by nobody: the check looks through the whole list. */
const OTHER_LISTED_ROLE = snowflake();

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    moderatorRoleIds: [OTHER_LISTED_ROLE, CURATOR_ROLE],
    standin: {
      guilds: [
        testGuild({
          roles: [
            // Neither role carries Manage Server or Administrator.
            { id: CURATOR_ROLE, name: "Report Curator", permissions: Permissions.ManageMessages },
            {
              id: HELPER_ROLE,
              name: "Helper",
              permissions: Permissions.ManageMessages | Permissions.KickMembers | Permissions.ModerateMembers,
            },
          ],
          members: [
            { user: "curator", roles: ["Report Curator"] },
            { user: "helper", roles: ["Helper"] },
          ],
        }),
      ],
    },
  });
});
afterAll(async () => {
  await h?.close();
});

/** /refresh as `user`: the interaction as dispatched, and the edit of the deferred (ephemeral) reply. */
async function refresh(user: string, options: OptionSpec[] = []) {
  const p = h.standin.interactionCreate({ kind: "chatInput", commandName: "refresh", user, options });
  const cb = await callbackOf(h.standin, p);
  expect(cb.body).toEqual({ type: 5, data: { flags: 64 } });
  const edit = await h.standin.waitForRequest({
    method: "PATCH",
    path: `/webhooks/${h.standin.applicationId}/${p.token}/messages/@original`,
  });
  return { interaction: p, body: edit.body as Json };
}

function lacksManageServer(interaction: Json): void {
  const permissions = BigInt(interaction.member.permissions as string);
  expect(permissions & Permissions.ManageGuild).toBe(0n);
  expect(permissions & Permissions.Administrator).toBe(0n);
}

const relabelled = (label: string) =>
  h.store.engine.kb.entries
    .filter((e) => e.report === "henan-2011")
    .map((e) => (e.id === ID ? { ...e, label } : e));
const upload = (entries: unknown[]): OptionSpec[] => [
  {
    name: "file",
    type: OptionType.Attachment,
    attachment: {
      filename: "facts.json",
      data: JSON.stringify({ report: "henan-2011", entries }),
      contentType: "application/json",
    },
  },
];

async function answerLine(): Promise<string> {
  const p = h.standin.interactionCreate({
    kind: "chatInput",
    commandName: "ask",
    options: [{ name: "question", type: OptionType.String, value: Q }],
  });
  return (await callbackOf(h.standin, p)).body.data.embeds[0].description as string;
}

describe("/refresh with MODERATOR_ROLE_IDS", () => {
  it("a member whose role is listed (no Manage Server) may refresh; the reply shows the counts before and after", async () => {
    const entries = relabelled(NEW_LABEL);
    const before = h.store.version;

    const { interaction, body } = await refresh("curator", upload(entries));
    lacksManageServer(interaction);
    expect(interaction.member.roles).toEqual([CURATOR_ROLE]);

    const embed = body.embeds[0];
    expect(embed.title).toMatch(/upload.*succeeded/);
    const text = embed.fields.map((f: Json) => f.value).join("\n");
    expect(text).toContain(`entries: ${entries.length} → ${entries.length}`);
    expect(text).toMatch(/reports: \d+ → \d+/);
    expect(text).toContain("changed 1");
    expect(h.store.version).not.toBe(before);
    expect(text).toContain(`${before} → ${h.store.version}`);
    expect(await answerLine()).toContain(NEW_LABEL);
    expect(
      h.logs.find((l) => l.msg === "refresh" && l.userId === h.standin.userByName("curator").id),
    ).toMatchObject({ action: "upload", outcome: "ok" });
  });

  it("a member whose role is not listed is refused, ephemerally, nothing changes, and the refusal is logged", async () => {
    const before = h.store.version;
    const answer = await answerLine();
    const { interaction, body } = await refresh("helper", upload(relabelled("Helper's label")));
    lacksManageServer(interaction);
    expect(interaction.member.roles).toEqual([HELPER_ROLE]);

    expect(body.content).toMatch(/Only moderators/);
    expect(body.embeds ?? []).toEqual([]);
    expect(h.store.version).toBe(before);
    expect(await answerLine()).toBe(answer);
    const helperId = h.standin.userByName("helper").id;
    const refusal = h.logs.find((l) => l.userId === helperId && l.outcome === "refused");
    expect(refusal).toMatchObject({ level: 40, action: "refresh", msg: "refresh refused: not a moderator" });
    expect(h.logs.some((l) => l.msg === "refresh" && l.userId === helperId)).toBe(false);
  });
});
