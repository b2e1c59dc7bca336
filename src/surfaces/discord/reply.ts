// The bot's mention in a message or a context menu's target.
const mentionOf = (botId: string, flags = "") => new RegExp(`<@!?${botId}>`, flags);

/** Whether the text mentions the bot (`<@id>` or the legacy `<@!id>`). */
export const mentionsBot = (content: string, botId: string): boolean => mentionOf(botId).test(content);

/** A question from a message: the bot's mention removed, whitespace collapsed. */
export function stripMention(content: string, botId: string): string {
  return content.replace(mentionOf(botId, "g"), " ").replace(/\s+/g, " ").trim();
}
