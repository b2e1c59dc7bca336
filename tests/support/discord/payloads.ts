/**
 * Builders for Discord API v10 JSON objects, shaped like what Discord really
 * sends (field names, nullability, string snowflakes and permission strings),
 * so discord.js structures patch themselves exactly as in production.
 */
import { ChannelType, MessageType } from "./constants.js";
import { snowflake } from "./snowflake.js";

/** A loosely typed Discord JSON object (the wire format is JSON; tests read it freely). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export function isoNow(): string {
  return new Date().toISOString();
}

export interface UserInit {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export function userPayload(init: UserInit): Json {
  const user: Json = {
    id: init.id ?? snowflake(),
    username: init.username,
    discriminator: "0",
    global_name: init.globalName === undefined ? (init.bot ? null : init.username) : init.globalName,
    avatar: null,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
    public_flags: 0,
    flags: 0,
    primary_guild: null,
  };
  if (init.bot) user.bot = true;
  return user;
}

export interface RolePayloadInit {
  id?: string;
  name: string;
  permissions: bigint;
  position?: number;
  color?: number;
  hoist?: boolean;
  managed?: boolean;
  mentionable?: boolean;
  botId?: string;
}

export function rolePayload(init: RolePayloadInit): Json {
  const role: Json = {
    id: init.id ?? snowflake(),
    name: init.name,
    description: null,
    color: init.color ?? 0,
    colors: { primary_color: init.color ?? 0, secondary_color: null, tertiary_color: null },
    hoist: init.hoist ?? false,
    icon: null,
    unicode_emoji: null,
    position: init.position ?? 0,
    permissions: init.permissions.toString(),
    managed: init.managed ?? false,
    mentionable: init.mentionable ?? false,
    flags: 0,
  };
  if (init.botId) role.tags = { bot_id: init.botId };
  return role;
}

export interface GuildChannelInit {
  id?: string;
  guildId: string;
  name: string;
  type?: number;
  position?: number;
  topic?: string | null;
  parentId?: string | null;
  nsfw?: boolean;
}

export function guildChannelPayload(init: GuildChannelInit): Json {
  const type = init.type ?? ChannelType.GuildText;
  const channel: Json = {
    id: init.id ?? snowflake(),
    type,
    guild_id: init.guildId,
    name: init.name,
    position: init.position ?? 0,
    permission_overwrites: [],
    parent_id: init.parentId ?? null,
    flags: 0,
  };
  if (type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement) {
    Object.assign(channel, {
      topic: init.topic ?? null,
      nsfw: init.nsfw ?? false,
      last_message_id: null,
      rate_limit_per_user: 0,
      last_pin_timestamp: null,
      default_auto_archive_duration: 4320,
      default_thread_rate_limit_per_user: 0,
    });
  }
  return channel;
}

export function dmChannelPayload(id: string, recipient: Json): Json {
  return { id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [recipient] };
}

/** A guild member object as it appears in GUILD_CREATE / REST (with `user`). */
export function memberPayload(
  user: Json,
  roles: string[],
  joinedAt: string,
  nick: string | null = null,
): Json {
  return {
    user,
    nick,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The partial member attached to MESSAGE_CREATE / mentions (no `user`). */
export function partialMember(member: Json): Json {
  const { user: _user, ...rest } = member;
  return rest;
}

export interface MessageInit {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: Json;
  content?: string;
  embeds?: Json[];
  components?: Json[];
  attachments?: Json[];
  flags?: number;
  type?: number;
  mentions?: Json[];
  mentionRoles?: string[];
  mentionEveryone?: boolean;
  messageReference?: Json | null;
  referencedMessage?: Json | null;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Json;
  member?: Json;
  nonce?: string | number;
  tts?: boolean;
  channelType?: number;
}

export function messagePayload(init: MessageInit): Json {
  const msg: Json = {
    id: init.id ?? snowflake(),
    type: init.type ?? (init.messageReference ? MessageType.Reply : MessageType.Default),
    channel_id: init.channelId,
    author: init.author,
    content: init.content ?? "",
    timestamp: isoNow(),
    edited_timestamp: null,
    tts: init.tts ?? false,
    mention_everyone: init.mentionEveryone ?? false,
    mentions: init.mentions ?? [],
    mention_roles: init.mentionRoles ?? [],
    attachments: init.attachments ?? [],
    embeds: init.embeds ?? [],
    components: init.components ?? [],
    pinned: false,
    flags: init.flags ?? 0,
  };
  if (init.guildId) msg.guild_id = init.guildId;
  if (init.member) msg.member = init.member;
  if (init.channelType !== undefined) msg.channel_type = init.channelType;
  if (init.nonce !== undefined) msg.nonce = init.nonce;
  if (init.messageReference) {
    msg.message_reference = init.messageReference;
    msg.referenced_message = init.referencedMessage ?? null;
  }
  if (init.webhookId) msg.webhook_id = init.webhookId;
  if (init.applicationId) msg.application_id = init.applicationId;
  if (init.interactionMetadata) msg.interaction_metadata = init.interactionMetadata;
  return msg;
}

export function attachmentPayload(init: {
  id: string;
  filename: string;
  size: number;
  url: string;
  contentType?: string | null;
  description?: string | null;
  ephemeral?: boolean;
}): Json {
  const att: Json = {
    id: init.id,
    filename: init.filename,
    size: init.size,
    url: init.url,
    proxy_url: init.url,
  };
  if (init.contentType) att.content_type = init.contentType;
  if (init.description) att.description = init.description;
  if (init.ephemeral) att.ephemeral = true;
  return att;
}
