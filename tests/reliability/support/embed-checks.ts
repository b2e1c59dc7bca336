// Checks on an embed as Discord receives it: every size limit, and nothing in it that could ping.
import type { APIEmbed } from "discord.js";
import {
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
} from "../../../src/surfaces/discord/limits.js";

/** Every limit an embed breaks, as readable lines (empty when it fits). */
export function embedLimitProblems(e: APIEmbed): string[] {
  const problems: string[] = [];
  const check = (what: string, n: number, max: number) => {
    if (n > max) problems.push(`${what} is ${n} > ${max}`);
  };
  check("title", e.title?.length ?? 0, EMBED_TITLE_MAX);
  check("description", e.description?.length ?? 0, EMBED_DESCRIPTION_MAX);
  check("footer", e.footer?.text.length ?? 0, EMBED_FOOTER_MAX);
  check("author", e.author?.name.length ?? 0, EMBED_AUTHOR_NAME_MAX);
  check("field count", e.fields?.length ?? 0, EMBED_FIELDS_MAX);
  for (const [i, f] of (e.fields ?? []).entries()) {
    check(`field ${i} name`, f.name.length, EMBED_FIELD_NAME_MAX);
    check(`field ${i} value`, f.value.length, EMBED_FIELD_VALUE_MAX);
    if (f.name.trim() === "") problems.push(`field ${i} name is empty`);
    if (f.value.trim() === "") problems.push(`field ${i} value is empty`);
  }
  const total =
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  check("total", total, EMBED_TOTAL_MAX);
  if (!e.title && !e.description && !(e.fields ?? []).length) problems.push("the embed is empty");
  return problems;
}

/** Every text of an embed that Discord renders. */
export const embedTexts = (e: APIEmbed): string[] =>
  [
    e.title,
    e.description,
    e.footer?.text,
    e.author?.name,
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ].filter((s): s is string => typeof s === "string");

const PINGS: [string, RegExp][] = [
  ["@everyone/@here", /@(everyone|here)/i],
  ["a user mention", /<@!?\d+>/],
  ["a role mention", /<@&\d+>/],
  ["a channel mention", /<#\d+>/],
  ["a command mention", /<\/[^\s>]+:\d+>/],
  ["a live link", /\b[a-z][a-z0-9+.-]*:\/\//i],
  ["an invite", /discord\.gg\//i],
];

/** Mentions (and links) in the embed's text that Discord would render live. */
export function pingProblems(e: APIEmbed): string[] {
  return embedTexts(e).flatMap((text) =>
    PINGS.filter(([, re]) => re.test(text)).map(
      ([what]) => `${what} in ${JSON.stringify(text.slice(0, 200))}`,
    ),
  );
}
