// What a command handler sees of an interaction: a plain, zod-validated object built from the
// raw interaction payload (Discord API JSON, as the gateway dispatches it and as Discord POSTs it
// to the HTTP endpoint). Handlers never touch discord.js objects, so one set of handlers serves
// both transports.
import { ApplicationCommandType, InteractionType, type APIInteraction } from "discord-api-types/v10";
import { z } from "zod";
import { zodProblems } from "../../util/zod.js";

const id = z.string().regex(/^\d{1,20}$/, "must be a Discord id");
const OptionValueSchema = z.union([z.string(), z.number(), z.boolean()]);

const InputAttachmentSchema = z.object({
  id,
  filename: z.string(),
  size: z.number().int().min(0),
  url: z.string().url(),
  contentType: z.string().nullable(),
});
const InputMessageSchema = z.object({ id, content: z.string(), authorId: id.nullable() });

const INPUT_KINDS = ["command", "autocomplete", "component", "modal"] as const;

const InteractionInputSchema = z.object({
  id,
  token: z.string().min(1),
  applicationId: id,
  kind: z.enum(INPUT_KINDS),
  /** Application commands and autocomplete: the command's name and its ApplicationCommandType. */
  commandName: z.string().nullable(),
  commandType: z.number().int().nullable(),
  /** Leaf options by name (subcommands flattened); an attachment option's value is the attachment id. */
  options: z.record(z.string(), OptionValueSchema),
  /** Autocomplete: the option being typed and what has been typed so far. */
  focused: z.object({ name: z.string(), value: z.string() }).nullable(),
  attachments: z.record(z.string(), InputAttachmentSchema),
  messages: z.record(z.string(), InputMessageSchema),
  /** Context menus: the id of the message (or user) acted on. */
  targetId: id.nullable(),
  /** Components and modals. */
  customId: z.string().nullable(),
  user: z.object({ id, tag: z.string() }),
  /** The member's permissions in the channel, a decimal bitfield; null outside servers. */
  memberPermissions: z.string().regex(/^\d+$/).nullable(),
  memberRoles: z.array(id),
  guildId: id.nullable(),
  locale: z.string(),
});
export type InteractionInput = z.infer<typeof InteractionInputSchema>;
export type InputAttachment = z.infer<typeof InputAttachmentSchema>;
export type InputMessage = z.infer<typeof InputMessageSchema>;

// --- the raw payload: only what the handlers use is checked; everything else passes through.

// username is only used for a log tag: a payload without it (seen from other Discord implementations in DMs) is still answered.
const RawUserSchema = z.looseObject({
  id,
  username: z.string().optional(),
  discriminator: z.string().optional(),
});
type RawOption = {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: RawOption[];
};
const RawOptionSchema: z.ZodType<RawOption> = z.lazy(() =>
  z.looseObject({
    name: z.string(),
    type: z.number().int(),
    value: OptionValueSchema.optional(),
    focused: z.boolean().optional(),
    options: z.array(RawOptionSchema).optional(),
  }),
);
const RawAttachmentSchema = z.looseObject({
  id,
  filename: z.string(),
  size: z.number().int().min(0),
  url: z.string().url(),
  content_type: z.string().nullish(),
});
const RawMessageSchema = z.looseObject({
  id,
  content: z.string().optional(),
  author: RawUserSchema.optional(),
});

const RawInteractionSchema = z
  .looseObject({
    id,
    application_id: id,
    type: z.number().int(),
    token: z.string().min(1),
    data: z
      .looseObject({
        name: z.string().optional(),
        type: z.number().int().optional(),
        options: z.array(RawOptionSchema).optional(),
        resolved: z
          .looseObject({
            attachments: z.record(z.string(), RawAttachmentSchema).optional(),
            messages: z.record(z.string(), RawMessageSchema).optional(),
          })
          .optional(),
        target_id: id.optional(),
        custom_id: z.string().optional(),
      })
      .optional(),
    guild_id: id.optional(),
    member: z
      .looseObject({ user: RawUserSchema, permissions: z.string().optional(), roles: z.array(id).optional() })
      .optional(),
    user: RawUserSchema.optional(),
    locale: z.string().optional(),
    guild_locale: z.string().optional(),
  })
  .refine((p) => p.member !== undefined || p.user !== undefined, {
    message: "an interaction needs member.user or user",
    path: ["user"],
  });

/** Discord nests options at most three deep: a subcommand group, its subcommand, that one's options. */
const MAX_OPTION_DEPTH = 3;

/**
 * Refuses options nested deeper than Discord ever sends, before zod sees them: RawOptionSchema is
 * recursive, and a payload nested a thousand deep would overflow the stack (a 500 where a 400 is due).
 * Walks level by level, so it cannot overflow itself.
 */
function checkOptionDepth(payload: unknown): void {
  const data =
    typeof payload === "object" && payload !== null ? (payload as { data?: unknown }).data : undefined;
  let lists: unknown[] = [
    typeof data === "object" && data !== null ? (data as { options?: unknown }).options : undefined,
  ];
  for (let depth = 1; lists.length > 0; depth++) {
    const next: unknown[] = [];
    for (const list of lists) {
      if (!Array.isArray(list)) continue;
      for (const o of list) {
        const inner = typeof o === "object" && o !== null ? (o as { options?: unknown }).options : undefined;
        if (Array.isArray(inner) && inner.length > 0) next.push(inner);
      }
    }
    if (next.length > 0 && depth >= MAX_OPTION_DEPTH)
      throw new InvalidInteractionError(
        `invalid interaction: data.options: nested deeper than ${MAX_OPTION_DEPTH} levels`,
      );
    lists = next;
  }
}

const KIND_OF_TYPE: Partial<Record<number, InteractionInput["kind"]>> = {
  [InteractionType.ApplicationCommand]: "command",
  [InteractionType.ApplicationCommandAutocomplete]: "autocomplete",
  [InteractionType.MessageComponent]: "component",
  [InteractionType.ModalSubmit]: "modal",
};

export class InvalidInteractionError extends Error {
  override name = "InvalidInteractionError";
}

const tag = (u: { id: string; username?: string | undefined; discriminator?: string | undefined }) =>
  u.username === undefined
    ? u.id
    : u.discriminator && u.discriminator !== "0"
      ? `${u.username}#${u.discriminator}`
      : u.username;

function flatten(
  options: RawOption[] | undefined,
  into: Record<string, string | number | boolean>,
  focused: { value: { name: string; value: string } | null },
): void {
  for (const option of options ?? []) {
    if (option.options) flatten(option.options, into, focused);
    if (option.value === undefined) continue;
    into[option.name] = option.value;
    if (option.focused) focused.value = { name: option.name, value: String(option.value) };
  }
}

/** Raw interaction JSON (APIInteraction) -> InteractionInput; throws InvalidInteractionError naming the bad fields. */
export function interactionInputFromApi(payload: APIInteraction | unknown): InteractionInput {
  checkOptionDepth(payload);
  const raw = RawInteractionSchema.safeParse(payload);
  if (!raw.success)
    throw new InvalidInteractionError(`invalid interaction: ${zodProblems(raw.error).join("; ")}`);
  const p = raw.data;
  const kind = KIND_OF_TYPE[p.type];
  if (!kind) throw new InvalidInteractionError(`unsupported interaction type ${p.type}`);
  const user = p.member?.user ?? p.user!;
  const options: Record<string, string | number | boolean> = {};
  const focused = { value: null as { name: string; value: string } | null };
  flatten(p.data?.options, options, focused);
  const attachments = Object.fromEntries(
    Object.entries(p.data?.resolved?.attachments ?? {}).map(([k, a]) => [
      k,
      {
        id: a.id,
        filename: a.filename,
        size: a.size,
        url: a.url,
        contentType: a.content_type ?? null,
      },
    ]),
  );
  const messages = Object.fromEntries(
    Object.entries(p.data?.resolved?.messages ?? {}).map(([k, m]) => [
      k,
      {
        id: m.id,
        content: m.content ?? "",
        authorId: m.author?.id ?? null,
      },
    ]),
  );
  // A command and its autocomplete carry a command name and type; a component or modal a custom id.
  const namesCommand = kind === "command" || kind === "autocomplete";
  const input = {
    id: p.id,
    token: p.token,
    applicationId: p.application_id,
    kind,
    commandName: namesCommand ? (p.data?.name ?? null) : null,
    commandType: namesCommand ? (p.data?.type ?? ApplicationCommandType.ChatInput) : null,
    options,
    focused: focused.value,
    attachments,
    messages,
    targetId: p.data?.target_id ?? null,
    customId: namesCommand ? null : (p.data?.custom_id ?? null),
    user: { id: user.id, tag: tag(user) },
    memberPermissions: p.member?.permissions ?? null,
    memberRoles: p.member?.roles ?? [],
    guildId: p.guild_id ?? null,
    locale: p.locale ?? p.guild_locale ?? "en-US",
  };
  const parsed = InteractionInputSchema.safeParse(input);
  if (!parsed.success)
    throw new InvalidInteractionError(`invalid interaction: ${zodProblems(parsed.error).join("; ")}`);
  return parsed.data;
}

export const targetMessage = (input: InteractionInput): InputMessage | null =>
  (input.targetId ? input.messages[input.targetId] : undefined) ?? null;
