// /refresh (moderators): reload from disk, apply an uploaded file, or roll back; reports the diff.
// Always deferred (ephemeral): the download and the validation may take longer than Discord's 3 s.
// What the store says beyond the diff (nothing changed; curated annotations kept or removed) is
// the message's text above the embed, so a moderator reads it first.
import { PermissionFlagsBits } from "discord.js";
import { refreshEmbed } from "../embeds.js";
import type { ArgumentsOf } from "../arguments.js";
import type { InteractionInput } from "../input.js";
import { ATTACHMENT_MAX_BYTES, MESSAGE_CONTENT_MAX } from "../limits.js";
import { localeFor } from "../locales/index.js";
import { deferred, messageBody } from "../response.js";
import { clip, sanitize } from "../sanitize.js";
import type { BotContext, CommandModule, RefreshResult } from "../types.js";
import { REFRESH } from "./definitions.js";

/** Checked at run time: server admins can change who sees the command. */
function isModerator(input: InteractionInput, roleIds: readonly string[]): boolean {
  if (!input.guildId) return false;
  const permissions = BigInt(input.memberPermissions ?? "0");
  if (
    (permissions & PermissionFlagsBits.Administrator) !== 0n ||
    (permissions & PermissionFlagsBits.ManageGuild) !== 0n
  )
    return true;
  return input.memberRoles.some((r) => roleIds.includes(r));
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

async function run(input: InteractionInput, ctx: BotContext, args: ArgumentsOf<typeof REFRESH>) {
  const t = localeFor(input.locale);
  const who = { userId: input.user.id, user: input.user.tag, guildId: input.guildId };
  const file = args.file;
  const rollback = args.rollback ?? false;
  const action = file ? "upload" : rollback ? "rollback" : "reload";
  if (!isModerator(input, ctx.config.MODERATOR_ROLE_IDS)) {
    ctx.logger.warn({ ...who, action: "refresh", outcome: "refused" }, "refresh refused: not a moderator");
    ctx.metrics.refreshes.inc({ action, outcome: "refused" });
    return messageBody({ content: t.refreshRefused });
  }
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
        ? // An attachment without a content type is undeclared (null), which the store accepts; it
          // must not be reported as a type the user never sent.
          await ctx.store.applyUpload({
            filename: file.filename,
            contentType: file.contentType,
            data,
            confirmDuplicate: args.confirm_duplicate === true,
          })
        : { ok: false, action: "upload", errors: [t.refreshDownloadFailed] };
    }
  } else if (rollback) {
    result = await ctx.store.rollback();
  } else {
    result = await ctx.store.reload();
  }
  ctx.metrics.refreshes.inc({ action: result.action, outcome: result.ok ? "ok" : "failed" });
  ctx.logger.info(
    result.ok
      ? {
          ...who,
          action: result.action,
          outcome: "ok",
          changed: result.changed,
          notes: result.notes,
          reports: {
            added: result.reports.added.map((r) => r.id),
            changed: result.reports.changed.map((r) => r.id),
            removed: result.reports.removed.map((r) => r.id),
          },
          skippedReports: result.skippedReports.map((s) => s.report),
          version: result.version,
          previousVersion: result.previousVersion,
          diff: {
            ...result.diff,
            entries: {
              ...result.diff.entries,
              added: result.diff.entries.added.length,
              removed: result.diff.entries.removed.length,
              changed: result.diff.entries.changed.length,
            },
          },
        }
      : { ...who, action: result.action, outcome: "failed", errors: result.errors },
    "refresh",
  );
  if (result.ok) {
    ctx.knowledge.markCurrent();
    try {
      await ctx.broadcastReload();
    } catch (err) {
      ctx.logger.error({ err }, "refresh: broadcast to other shards failed");
    }
  }
  const notes = result.ok ? result.notes : [];
  return messageBody({
    ...(notes.length > 0
      ? { content: clip(notes.map((n) => `ℹ️ ${sanitize(n)}`).join("\n"), MESSAGE_CONTENT_MAX) }
      : {}),
    embeds: [refreshEmbed(result, t)],
  });
}

export default {
  data: REFRESH,
  execute(input, ctx, args) {
    return deferred(() => run(input, ctx, args), { ephemeral: true });
  },
} satisfies CommandModule<typeof REFRESH>;
