// What a handler returns: the interaction response in Discord API JSON (the body Discord
// expects as the HTTP response, or that the gateway transport performs with discord.js), and
// optionally deferred work whose result edits the deferred reply. Nothing here can ping anyone:
// every message body carries allowed_mentions { parse: [] }.
import {
  InteractionResponseType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from "discord-api-types/v10";
import type { Choice } from "./lookup.js";

/** allowed_mentions of every body (and discord.js's allowedMentions): nothing is parsed, nobody is pinged. */
export const NO_MENTIONS = { parse: [] as never[] };
const EPHEMERAL = MessageFlags.Ephemeral;

/** A file sent with a message (e.g. a chart). Not JSON: transports upload it as multipart. */
export type ReplyFile = { name: string; data: Buffer; contentType?: string; description?: string };

export type MessageBody = {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: number;
  allowed_mentions: { parse: never[] };
  files?: ReplyFile[];
};

export type InteractionResponse =
  | { type: InteractionResponseType.ChannelMessageWithSource; data: MessageBody }
  | { type: InteractionResponseType.DeferredChannelMessageWithSource; data: { flags?: number } }
  | { type: InteractionResponseType.UpdateMessage; data: MessageBody }
  | { type: InteractionResponseType.ApplicationCommandAutocompleteResult; data: { choices: Choice[] } };

export type HandlerResult = {
  response: InteractionResponse;
  /** With a DeferredChannelMessageWithSource response: the work whose result replaces the "thinking…" message. */
  deferred?: () => Promise<MessageBody>;
};

type EmbedLike = APIEmbed | { toJSON(): APIEmbed };
type RowLike =
  | APIActionRowComponent<APIComponentInMessageActionRow>
  | { toJSON(): APIActionRowComponent<APIComponentInMessageActionRow> };
const json = <T>(x: T | { toJSON(): T }): T =>
  typeof (x as { toJSON?: unknown }).toJSON === "function" ? (x as { toJSON(): T }).toJSON() : (x as T);

export type BodyParts = {
  content?: string;
  embeds?: EmbedLike[];
  components?: RowLike[];
  ephemeral?: boolean;
  files?: ReplyFile[];
};

export function messageBody(p: BodyParts): MessageBody {
  const body: MessageBody = { allowed_mentions: NO_MENTIONS };
  if (p.content !== undefined) body.content = p.content;
  if (p.embeds) body.embeds = p.embeds.map((e) => json(e));
  if (p.components) body.components = p.components.map((r) => json(r));
  if (p.ephemeral) body.flags = EPHEMERAL;
  if (p.files?.length) body.files = p.files;
  return body;
}

export const reply = (p: BodyParts): HandlerResult => ({
  response: { type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(p) },
});
/** A short message only the user sees (refusals, apologies, "unknown figure"). */
export const ephemeralText = (content: string): HandlerResult => reply({ content, ephemeral: true });
export const update = (p: Omit<BodyParts, "ephemeral">): HandlerResult => ({
  response: { type: InteractionResponseType.UpdateMessage, data: messageBody(p) },
});
export const choices = (list: Choice[]): HandlerResult => ({
  response: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: list } },
});
export const deferred = (
  work: () => Promise<MessageBody>,
  opts: { ephemeral?: boolean } = {},
): HandlerResult => ({
  response: {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    data: opts.ephemeral ? { flags: EPHEMERAL } : {},
  },
  deferred: work,
});

/** The JSON Discord receives for a message body: files become `attachments` referring to files[n]. */
export function wireBody(body: MessageBody): Record<string, unknown> {
  const { files, ...rest } = body;
  return files?.length
    ? {
        ...rest,
        attachments: files.map((f, i) => ({
          id: i,
          filename: f.name,
          ...(f.description ? { description: f.description } : {}),
        })),
      }
    : rest;
}

/** The body of an edit of the original (deferred) reply: no flags but the ones an edit may carry. */
export function editBody(body: MessageBody): MessageBody {
  const { flags: _flags, ...rest } = body;
  return rest;
}
