// Reply options shared by every handler: nothing a reply says can ping anyone.
import { MessageFlags, type EmbedBuilder } from "discord.js";

export const NO_MENTIONS = { parse: [] as never[] };

export const embedsReply = (embeds: EmbedBuilder[], ephemeral = false) => ({
  embeds,
  allowedMentions: NO_MENTIONS,
  ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
});

export const textReply = (content: string, ephemeral = true) => ({
  content,
  allowedMentions: NO_MENTIONS,
  ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
});

/** A question from a message: the bot's mention removed, whitespace collapsed. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}
