// A question from a message or a context menu: the bot's mention removed, whitespace collapsed.
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
}
