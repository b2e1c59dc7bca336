// The one place report text and user text pass through before they reach Discord:
// control characters are dropped, markdown is escaped, mass and user/role/channel mentions are
// neutralised, links are disarmed.
import { escapeMarkdown } from "discord.js";

const ZWSP = "\u200b";
/**
 * C0 and C1 control characters (Unicode Cc) except tab and newline. Discord shows none of them,
 * and NUL or an ANSI escape echoed into an embed reaches every client and log that reads it.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Line breaks as \n (a lone \r is one too), other control characters removed. */
const stripControlCharacters = (text: string): string =>
  text.replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "");

export function sanitize(text: string): string {
  const escaped = escapeMarkdown(stripControlCharacters(text), {
    maskedLink: true,
    heading: true,
    bulletedList: true,
  });
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
export const quote = (text: string): string =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
