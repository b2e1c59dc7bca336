// The one place report text and user text pass through before they reach Discord:
// markdown is escaped, mass and user/role/channel mentions are neutralised, links are disarmed.
import { escapeMarkdown } from "discord.js";

const ZWSP = "\u200b";

export function sanitize(text: string): string {
  const escaped = escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true });
  return escaped
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#|\/)(\S*?)>/g, `<${ZWSP}$1$2>`)
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
    .replace(/discord\.gg\//gi, `discord${ZWSP}.gg/`);
}

/** Cuts to `max` characters (with an ellipsis), never leaving half a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A blockquote of already sanitized text. */
export const quote = (text: string): string => text.split("\n").map((l) => `> ${l}`).join("\n");
