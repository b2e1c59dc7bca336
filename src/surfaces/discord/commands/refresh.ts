// /refresh (moderators): reload from disk, apply an uploaded file, or roll back; reports the diff.
import { GuildMember, PermissionFlagsBits, type ChatInputCommandInteraction } from "discord.js";
import { refreshEmbed } from "../embeds.js";
import { ATTACHMENT_MAX_BYTES } from "../limits.js";
import { localeFor } from "../locales/index.js";
import { NO_MENTIONS } from "../reply.js";
import type { BotContext, RefreshResult } from "../types.js";
import { REFRESH } from "./definitions.js";

/** Checked at run time: server admins can change who sees the command. */
export function isModerator(interaction: ChatInputCommandInteraction, roleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member;
  const roles: string[] = member instanceof GuildMember ? [...member.roles.cache.keys()] : (member?.roles ?? []);
  return roles.some((r) => roleIds.includes(r));
}

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed: HTTP ${res.status}`);
  const length = Number(res.headers.get("content-length") ?? 0);
  if (length > ATTACHMENT_MAX_BYTES) throw new Error("too large");
  const data = Buffer.from(await res.arrayBuffer());
  if (data.length > ATTACHMENT_MAX_BYTES) throw new Error("too large");
  return data;
}

export default {
  data: REFRESH,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const t = localeFor(interaction.locale);
    await interaction.deferReply({ flags: 64 });
    const who = { userId: interaction.user.id, user: interaction.user.tag, guildId: interaction.guildId };
    if (!isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS)) {
      ctx.logger.warn({ ...who, action: "refresh", outcome: "refused" }, "refresh refused: not a moderator");
      return interaction.editReply({ content: t.refreshRefused, allowedMentions: NO_MENTIONS });
    }
    const file = interaction.options.getAttachment("file");
    const rollback = interaction.options.getBoolean("rollback") ?? false;
    let result: RefreshResult;
    if (file) {
      if (file.size > ATTACHMENT_MAX_BYTES) {
        result = { ok: false, action: "upload", errors: [t.refreshTooLarge(ATTACHMENT_MAX_BYTES)] };
      } else {
        let data: Buffer | null = null;
        try {
          data = await download(file.url);
        } catch (err) {
          ctx.logger.warn({ ...who, err }, "refresh: attachment download failed");
        }
        result = data
          ? await ctx.store.applyUpload({ filename: file.name, contentType: file.contentType ?? "application/octet-stream", data })
          : { ok: false, action: "upload", errors: [t.refreshDownloadFailed] };
      }
    } else if (rollback) {
      result = await ctx.store.rollback();
    } else {
      result = await ctx.store.reload();
    }
    ctx.logger.info(
      result.ok
        ? { ...who, action: result.action, outcome: "ok", version: result.version, previousVersion: result.previousVersion, diff: { ...result.diff, entries: { ...result.diff.entries, added: result.diff.entries.added.length, removed: result.diff.entries.removed.length, changed: result.diff.entries.changed.length } } }
        : { ...who, action: result.action, outcome: "failed", errors: result.errors },
      "refresh",
    );
    if (result.ok) {
      try {
        await ctx.broadcastReload();
      } catch (err) {
        ctx.logger.error({ err }, "refresh: broadcast to other shards failed");
      }
    }
    await interaction.editReply({ embeds: [refreshEmbed(result, t)], allowedMentions: NO_MENTIONS });
  },
};
