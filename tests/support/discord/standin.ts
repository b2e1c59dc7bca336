/**
 * A local stand-in for the Discord API (REST v10 + Gateway v10) on 127.0.0.1.
 *
 * Point a REAL discord.js Client at it and drive it through the real protocol:
 *
 *   const standin = await startDiscordStandin();
 *   const client = new Client({ intents: [...], rest: { api: standin.restUrl } });
 *   await client.login('test-token');                 // GET /gateway/bot, WS HELLO/IDENTIFY/READY/GUILD_CREATE
 *   const it = standin.interactionCreate({ kind: 'chatInput', commandName: 'ask', options: [...] });
 *   const cb = await standin.waitForRequest({ method: 'POST', path: `/interactions/${it.id}/${it.token}/callback` });
 *   await client.destroy(); await standin.close();   // destroy the client FIRST, then close the stand-in
 *
 * REST: every request under /api/v{N} is recorded (`requests`) with the path
 * relative to the version prefix. Faults can be scripted per route
 * (`failNext`). Files uploaded by the bot and attachments injected by tests are
 * served back over HTTP under /attachments/... .
 *
 * Gateway: `gatewayUrl` is returned by GET /gateway/bot. Sessions track
 * sequence numbers and buffer dispatches so a RESUME replays what was missed.
 * Dispatches are filtered by the session's intents like Discord does (and
 * message content is blanked without the MessageContent intent), unless
 * `enforceIntents: false`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, WebSocket, type RawData } from "ws";
import {
  ALL_PERMISSIONS,
  API_VERSION,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  DEFAULT_EVERYONE_PERMISSIONS,
  DM_PERMISSIONS,
  ErrorCode,
  GatewayClose,
  GatewayOp,
  InteractionCallbackType,
  InteractionType,
  Intents,
  MessageFlag,
  MessageType,
  OptionType,
  Permissions,
} from "./constants.js";
import { boundaryFromContentType, parseMultipart, type MultipartBody } from "./multipart.js";
import {
  attachmentPayload,
  dmChannelPayload,
  guildChannelPayload,
  isoNow,
  memberPayload,
  messagePayload,
  partialMember,
  rolePayload,
  userPayload,
  type Json,
} from "./payloads.js";
import { snowflake } from "./snowflake.js";

export type { Json } from "./payloads.js";

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

export interface UserSeed {
  id?: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface RoleSeed {
  id?: string;
  name: string;
  /** Permission bits; default 0. */
  permissions?: bigint | string;
  color?: number;
  hoist?: boolean;
}

export interface ChannelSeed {
  id?: string;
  name: string;
  /** Channel type, default 0 (GUILD_TEXT). */
  type?: number;
  topic?: string | null;
  parentId?: string | null;
  nsfw?: boolean;
}

export interface MemberSeed {
  /** A username (reuses a known user of that name or creates one) or a user seed. */
  user: string | UserSeed;
  /** Role names or ids from this guild's roles. */
  roles?: string[];
  nick?: string | null;
}

export interface GuildSeed {
  id?: string;
  name?: string;
  /** Username of the owner (added as a member if not listed). Default: first member. */
  owner?: string;
  locale?: string;
  /** Permissions of @everyone. Default: DEFAULT_EVERYONE_PERMISSIONS. */
  everyonePermissions?: bigint;
  channels?: ChannelSeed[];
  roles?: RoleSeed[];
  members?: MemberSeed[];
}

/**
 * The stand-in's default world (guild "Test Guild": #general, #reports; owner; moderator with the
 * Moderator role [Manage Server...]; member), plus extra roles and members, with a chosen guild id.
 */
export function testGuild(
  extra: { id?: string; roles?: RoleSeed[]; members?: MemberSeed[] } = {},
): GuildSeed {
  return {
    ...(extra.id ? { id: extra.id } : {}),
    name: "Test Guild",
    owner: "owner",
    channels: [{ name: "general" }, { name: "reports" }],
    roles: [
      {
        name: "Moderator",
        permissions:
          Permissions.ManageGuild |
          Permissions.ManageMessages |
          Permissions.KickMembers |
          Permissions.ModerateMembers,
      },
      ...(extra.roles ?? []),
    ],
    members: [
      { user: "owner" },
      { user: "moderator", roles: ["Moderator"] },
      { user: "member" },
      ...(extra.members ?? []),
    ],
  };
}

export interface StandinOptions {
  /** If set, REST (`Authorization: Bot <token>`) and gateway IDENTIFY/RESUME must use this token. */
  token?: string;
  bot?: { id?: string; username?: string };
  /** Defaults to the bot user's id, as for every modern Discord app. */
  applicationId?: string;
  applicationFlags?: number;
  /** Default: one guild "Test Guild" (#general, #reports; users owner, moderator [Moderator role: ManageGuild...], member). */
  guilds?: GuildSeed[];
  /** Permissions of the bot's managed role in every guild. */
  botPermissions?: bigint;
  /** HELLO heartbeat_interval. Default 41250 (Discord's). */
  heartbeatIntervalMs?: number;
  /** Recommended shard count in GET /gateway/bot. Default 1. */
  shards?: number;
  /** Filter dispatches by the session's intents and blank message content without MessageContent. Default true. */
  enforceIntents?: boolean;
  /** Privileged intents the "developer portal" allows. Asking for others closes the socket with 4014. Default: all. */
  allowedPrivilegedIntents?: number;
  /** If set, an interaction callback later than this many ms after dispatch gets 404 Unknown interaction (Discord: 3000). */
  interactionAckDeadlineMs?: number | null;
  /** Send MESSAGE_CREATE/UPDATE/DELETE for messages the bot itself creates/edits/deletes, like Discord. Default true. */
  echoBotMessages?: boolean;
  /** Log gateway/REST traffic to stderr. */
  verbose?: boolean;
}

export interface RecordedFile {
  field: string;
  filename: string;
  size: number;
  contentType: string | null;
}

export interface RecordedRequest {
  /** Arrival order, 0-based; equal to the index in `requests`. */
  seq: number;
  method: string;
  /** Percent-decoded path without `/api/v10` and the query, e.g. `/webhooks/1/tok/messages/@original`. Full path for non-API requests. */
  path: string;
  /** True for requests under /api. */
  api: boolean;
  apiVersion: number | null;
  query: Record<string, string>;
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  rawBody: Buffer;
  multipart: MultipartBody | null;
  files: RecordedFile[];
  receivedAt: number;
  /** Response status; null until the stand-in has decided (0 if the socket was destroyed by a fault). */
  status: number | null;
  responseBody: unknown;
  respondedAt: number | null;
  /** The scripted fault that produced this response, if any. */
  fault: FaultSpec | null;
}

export interface RequestFilter {
  method?: string;
  /** Exact path, a pattern with `:param` segments (e.g. `/interactions/:id/:token/callback`), or a RegExp. */
  path?: string | RegExp;
  status?: number;
}

export type RequestMatcher = RequestFilter | ((request: RecordedRequest) => boolean);

/**
 * How long a wait for a request or frame lasts before it fails with what was seen. A bound for a
 * stuck test, not a speed check: an upload's build on a worker takes seconds, more on a machine
 * busy with other test files, and a 5 s bound failed refresh tests there while they passed alone.
 * Below vitest's 30 s test timeout, so a wait that fails still says what it waited for.
 */
const WAIT_DEFAULT_MS = 20_000;

export interface WaitOptions {
  timeoutMs?: number;
  /** Only consider requests with `seq >= since` (use `standin.mark()`). */
  since?: number;
}

export interface FaultSpec {
  method?: string;
  path?: string | RegExp;
  /** Response status (e.g. 429, 500, 503). Omit with `delayMs` to only delay the normal response. */
  status?: number;
  /** JSON body; sensible Discord-like default for 429/5xx/4xx. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests to fault. Default 1. */
  times?: number;
  /** For 429: seconds (fractions allowed) in `retry-after` and `retry_after`. Default 0.1. */
  retryAfter?: number;
  /** For 429: mark as global (`x-ratelimit-global: true`, scope global). */
  global?: boolean;
  /** Wait before answering. */
  delayMs?: number;
  /**
   * Hold the request until this settles (the test releases it), then answer as the rest of the
   * spec says. Unlike `delayMs`, a test that checks something while the request is held cannot
   * miss the window on a busy machine.
   */
  until?: Promise<unknown>;
  /** Destroy the TCP socket instead of answering (network error on the client). */
  destroySocket?: boolean;
}

export interface FaultHandle {
  readonly spec: FaultSpec;
  /** Requests this fault has answered so far. */
  readonly hits: RecordedRequest[];
  readonly remaining: number;
  cancel(): void;
}

export interface GatewayFrame {
  direction: "in" | "out";
  connectionId: number;
  sessionId: string | null;
  op: number;
  t: string | null;
  s: number | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  d: any;
  at: number;
}

export interface SuppressedDispatch {
  sessionId: string;
  t: string;
  reason: string;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
  invalidSessions: number;
  /** Paths + queries the client connected with, e.g. `/gateway?v=10&encoding=json`. */
  connectionUrls: string[];
  received: GatewayFrame[];
  sent: GatewayFrame[];
  suppressed: SuppressedDispatch[];
}

export interface AttachmentSpec {
  filename: string;
  data: string | Uint8Array;
  contentType?: string;
  description?: string;
}

export interface OptionSpec {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionSpec[];
  /** For type 11 (ATTACHMENT): the stand-in stores & serves it and fills `value` + `resolved.attachments`. */
  attachment?: AttachmentSpec;
}

export interface InteractionContextSpec {
  /** Invoking user: username of a known user, or a user object. Default: "member" (or the first non-bot member). */
  user?: string | Json;
  /** DM interaction (no guild, `user` instead of `member`, channel type 1). */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  /** member.permissions (default: computed from the member's roles; owner/admin => all). */
  permissions?: bigint | string;
  /** app_permissions (default: computed for the bot member). */
  appPermissions?: bigint | string;
  locale?: string;
  guildLocale?: string;
  id?: string;
  token?: string;
}

export interface ChatInputSpec extends InteractionContextSpec {
  kind: "chatInput";
  commandName: string;
  commandId?: string;
  options?: OptionSpec[];
}

export interface AutocompleteSpec extends InteractionContextSpec {
  kind: "autocomplete";
  commandName: string;
  commandId?: string;
  /** Exactly one (possibly nested) option should have `focused: true`. */
  options: OptionSpec[];
}

export interface MessageContextMenuSpec extends InteractionContextSpec {
  kind: "messageContextMenu";
  commandName: string;
  commandId?: string;
  /** Target message (e.g. from `buildMessage`); default: a fresh message by "member" in the channel. */
  targetMessage?: Json;
}

export interface UserContextMenuSpec extends InteractionContextSpec {
  kind: "userContextMenu";
  commandName: string;
  commandId?: string;
  targetUser: string | Json;
}

export interface ButtonSpec extends InteractionContextSpec {
  kind: "button";
  customId: string;
  /** The message carrying the button; default: a bot message in the channel with that button. */
  message?: Json;
}

export interface StringSelectSpec extends InteractionContextSpec {
  kind: "stringSelect";
  customId: string;
  values: string[];
  message?: Json;
}

export interface ModalSubmitSpec extends InteractionContextSpec {
  kind: "modalSubmit";
  customId: string;
  /** text input custom_id -> value */
  fields: Record<string, string>;
  message?: Json;
}

export type InteractionSpec =
  | ChatInputSpec
  | AutocompleteSpec
  | MessageContextMenuSpec
  | UserContextMenuSpec
  | ButtonSpec
  | StringSelectSpec
  | ModalSubmitSpec;

export interface MessageSpec {
  content?: string;
  /** Author: username of a known user or a user object. Default "member". */
  author?: string | Json;
  /** A DM between the author and the bot (no guild_id, channel type 1). */
  dm?: boolean;
  /** Guild text channel id (default: the first text channel of the first guild). */
  channelId?: string;
  /** Prefix `<@bot>` and add the bot to `mentions`. */
  mentionBot?: boolean;
  /** Extra mentioned users (usernames or user objects). */
  mentions?: Array<string | Json>;
  attachments?: AttachmentSpec[];
  embeds?: Json[];
  /** Reply to this message id. */
  replyTo?: string;
  id?: string;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  applicationId: string;
  guildId: string | null;
  channelId: string;
  user: Json;
  payload: Json;
  createdAt: number;
  acknowledged: boolean;
  callbackType: number | null;
  callbackBody: Json | null;
  /** Id of the "@original" message (interaction response, or the component's message). */
  originalId: string | null;
  followupIds: string[];
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  joinedAt: string;
  everyonePermissions: bigint;
  roles: Json[];
  channels: Json[];
  members: Json[];
  botRoleId: string;
}

// ---------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Json,
  ) {
    super(message);
  }

  toBody(): Json {
    return this.errors
      ? { message: this.message, code: this.code, errors: this.errors }
      : { message: this.message, code: this.code };
  }
}

function formError(field: string, code: string, message: string): ApiError {
  const errors: Json = {};
  let cursor = errors;
  const parts = field.split(".");
  parts.forEach((part, i) => {
    if (i === parts.length - 1) cursor[part] = { _errors: [{ code, message }] };
    else cursor = cursor[part] = {};
  });
  return new ApiError(400, ErrorCode.InvalidFormBody, "Invalid Form Body", errors);
}

interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs after the response has been written (e.g. gateway echo). */
  after?: () => void;
}

type RouteHandler = (req: RecordedRequest, params: string[]) => RouteResult;

interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handler: RouteHandler;
}

interface StoredFile {
  filename: string;
  data: Buffer;
  contentType: string;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  shard: [number, number];
  identify: Json;
  conn: Connection | null;
  /** Dispatches kept for RESUME replay. */
  buffer: Json[];
  alive: boolean;
}

interface Connection {
  id: number;
  ws: WebSocket;
  url: string;
  session: Session | null;
  closedByServer: boolean;
  closed: Promise<void>;
}

interface FaultEntry {
  spec: FaultSpec;
  predicate: (r: RecordedRequest) => boolean;
  remaining: number;
  hits: RecordedRequest[];
}

interface Waiter<T> {
  test: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

class WaiterSet<T> {
  private readonly pending = new Set<Waiter<T>>();

  wait(
    existing: Iterable<T>,
    test: (item: T) => boolean,
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    for (const item of existing) if (test(item)) return Promise.resolve(item);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.pending.delete(waiter);
          reject(new Error(`Timed out after ${timeoutMs}ms waiting for ${describe()}`));
        }, timeoutMs),
      };
      this.pending.add(waiter);
    });
  }

  notify(item: T): void {
    for (const waiter of [...this.pending]) {
      let matched = false;
      try {
        matched = waiter.test(item);
      } catch (error) {
        clearTimeout(waiter.timer);
        this.pending.delete(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matched) {
        clearTimeout(waiter.timer);
        this.pending.delete(waiter);
        waiter.resolve(item);
      }
    }
  }

  rejectAll(error: Error): void {
    for (const waiter of this.pending) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.pending.clear();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `/channels/:id/messages` -> /^\/channels\/([^/]+)\/messages$/ (params captured in order). */
export function compilePathPattern(pattern: string | RegExp): RegExp {
  if (pattern instanceof RegExp) return pattern;
  const source = pattern
    .split("/")
    .map((segment) =>
      segment.startsWith(":") ? "([^/]+)" : segment === "*" ? "(.*)" : escapeRegExp(segment),
    )
    .join("/");
  return new RegExp(`^${source}$`);
}

function matcherToPredicate(matcher: RequestMatcher): (request: RecordedRequest) => boolean {
  if (typeof matcher === "function") return matcher;
  const pathRe = matcher.path === undefined ? null : compilePathPattern(matcher.path);
  const method = matcher.method?.toUpperCase();
  return (request) =>
    (method === undefined || request.method === method) &&
    (pathRe === null || pathRe.test(request.path)) &&
    (matcher.status === undefined || request.status === matcher.status);
}

function describeMatcher(matcher: RequestMatcher): string {
  if (typeof matcher === "function") return `request matching ${matcher.name || "predicate"}`;
  return `request ${matcher.method ?? "*"} ${matcher.path ?? "*"}${matcher.status === undefined ? "" : ` -> ${matcher.status}`}`;
}

/** Percent-decode each path segment (discord.js sends `@original` as `%40original`). */
function decodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

function toBigInt(value: bigint | string | number): bigint {
  return typeof value === "bigint" ? value : BigInt(value);
}

function toBuffer(data: string | Uint8Array): Buffer {
  return typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
}

function guessContentType(filename: string): string {
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const map: Record<string, string> = {
    txt: "text/plain; charset=utf-8",
    md: "text/markdown; charset=utf-8",
    csv: "text/csv; charset=utf-8",
    json: "application/json",
    pdf: "application/pdf",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
  };
  return map[ext] ?? "application/octet-stream";
}

const PRIVILEGED_INTENTS = Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent;
const MAX_REPLAY_BUFFER = 2000;

function requiredIntent(t: string, d: Json): number | null {
  const inGuild = d && typeof d === "object" && "guild_id" in d && d.guild_id;
  switch (t) {
    case "GUILD_CREATE":
    case "GUILD_UPDATE":
    case "GUILD_DELETE":
    case "GUILD_ROLE_CREATE":
    case "GUILD_ROLE_UPDATE":
    case "GUILD_ROLE_DELETE":
    case "CHANNEL_CREATE":
    case "CHANNEL_UPDATE":
    case "CHANNEL_DELETE":
    case "THREAD_CREATE":
    case "THREAD_UPDATE":
    case "THREAD_DELETE":
    case "THREAD_LIST_SYNC":
    case "THREAD_MEMBER_UPDATE":
    case "STAGE_INSTANCE_CREATE":
    case "STAGE_INSTANCE_UPDATE":
    case "STAGE_INSTANCE_DELETE":
      return Intents.Guilds;
    case "CHANNEL_PINS_UPDATE":
      return inGuild ? Intents.Guilds : Intents.DirectMessages;
    case "GUILD_MEMBER_ADD":
    case "GUILD_MEMBER_UPDATE":
    case "GUILD_MEMBER_REMOVE":
    case "THREAD_MEMBERS_UPDATE":
      return Intents.GuildMembers;
    case "MESSAGE_CREATE":
    case "MESSAGE_UPDATE":
    case "MESSAGE_DELETE":
    case "MESSAGE_DELETE_BULK":
      return inGuild ? Intents.GuildMessages : Intents.DirectMessages;
    case "MESSAGE_REACTION_ADD":
    case "MESSAGE_REACTION_REMOVE":
    case "MESSAGE_REACTION_REMOVE_ALL":
    case "MESSAGE_REACTION_REMOVE_EMOJI":
      return inGuild ? Intents.GuildMessageReactions : Intents.DirectMessageReactions;
    case "TYPING_START":
      return inGuild ? Intents.GuildMessageTyping : Intents.DirectMessageTyping;
    case "PRESENCE_UPDATE":
      return Intents.GuildPresences;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// The stand-in
// ---------------------------------------------------------------------------

export class DiscordStandin {
  /** e.g. `http://127.0.0.1:PORT/api` — pass as `rest: { api }` to the discord.js Client. */
  restUrl = "";
  /** e.g. `http://127.0.0.1:PORT`. */
  baseUrl = "";
  /** Returned by GET /gateway/bot. */
  gatewayUrl = "";
  /** Sent as READY.resume_gateway_url. */
  resumeGatewayUrl = "";
  port = 0;

  readonly bot: Json;
  readonly applicationId: string;
  readonly applicationFlags: number;
  readonly guilds: GuildState[] = [];
  readonly users = new Map<string, Json>();

  /** Every HTTP request received, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  readonly gateway: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    heartbeats: 0,
    invalidSessions: 0,
    connectionUrls: [],
    received: [],
    sent: [],
    suppressed: [],
  };
  /** Set false to stop answering heartbeats (zombie-connection tests). */
  ackHeartbeats = true;
  /**
   * Gateway faults, changeable at any time: `identifyCloseCode` closes the socket with that code on
   * IDENTIFY (e.g. 4004 for a token the gateway refuses though REST took it); `withholdReady`
   * accepts IDENTIFY but never sends READY; `refuseUpgrades` destroys every new gateway socket
   * before the WebSocket handshake (a gateway that is down while REST still answers).
   */
  readonly gatewayFaults: {
    identifyCloseCode: number | null;
    withholdReady: boolean;
    refuseUpgrades: boolean;
  } = {
    identifyCloseCode: null,
    withholdReady: false,
    refuseUpgrades: false,
  };

  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, Json>();
  readonly commands = new Map<string, Json[]>(); // 'global' | guildId -> commands

  private readonly options: Required<
    Pick<StandinOptions, "enforceIntents" | "echoBotMessages" | "heartbeatIntervalMs" | "shards">
  > &
    StandinOptions;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly routes: Route[] = [];
  private readonly faults: FaultEntry[] = [];
  private readonly requestWaiters = new WaiterSet<RecordedRequest>();
  private readonly frameWaiters = new WaiterSet<GatewayFrame>();
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private readonly dmChannels = new Map<string, Json>();
  private readonly dmChannelByUser = new Map<string, string>();
  private readonly files = new Map<string, StoredFile>();
  private readonly interactionsByToken = new Map<string, InteractionRecord>();
  private readonly pendingTimers = new Set<NodeJS.Timeout>();
  private nextConnectionId = 1;
  private closed = false;

  constructor(options: StandinOptions = {}) {
    this.options = {
      enforceIntents: true,
      echoBotMessages: true,
      heartbeatIntervalMs: 41_250,
      shards: 1,
      ...options,
    };
    this.bot = userPayload({
      id: options.bot?.id ?? snowflake(),
      username: options.bot?.username ?? "standin-bot",
      bot: true,
    });
    this.users.set(this.bot.id, this.bot);
    this.applicationId = options.applicationId ?? this.bot.id;
    this.applicationFlags = options.applicationFlags ?? 0;

    const seeds = options.guilds ?? [testGuild()];
    for (const seed of seeds) this.guilds.push(this.createGuild(seed));

    this.server = createServer((req, res) => {
      void this.onHttpRequest(req, res);
    });
    this.server.keepAliveTimeout = 1_000;
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.onUpgrade(req, socket, head),
    );
    this.registerRoutes();
  }

  /** @internal use startDiscordStandin() */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    this.port = port;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.restUrl = `${this.baseUrl}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
    this.resumeGatewayUrl = `ws://127.0.0.1:${port}/resume-gateway`;
  }

  // ---- lookups -------------------------------------------------------------

  /** The first guild. */
  get guild(): GuildState {
    const guild = this.guilds[0];
    if (!guild) throw new Error("The stand-in has no guilds");
    return guild;
  }

  userByName(username: string): Json {
    for (const user of this.users.values()) if (user.username === username) return user;
    throw new Error(`No stand-in user named ${JSON.stringify(username)}`);
  }

  channelByName(name: string, guildId?: string): Json {
    return this.findInGuilds("channel", (g) => g.channels, name, guildId);
  }

  roleByName(name: string, guildId?: string): Json {
    return this.findInGuilds("role", (g) => g.roles, name, guildId);
  }

  private findInGuilds(
    what: string,
    list: (guild: GuildState) => Json[],
    name: string,
    guildId?: string,
  ): Json {
    for (const guild of this.guilds) {
      if (guildId && guild.id !== guildId) continue;
      const found = list(guild).find((x) => x.name === name);
      if (found) return found;
    }
    throw new Error(`No stand-in ${what} named ${JSON.stringify(name)}`);
  }

  /** Add (or return the existing) user with this username. */
  addUser(seed: UserSeed | string): Json {
    const init = typeof seed === "string" ? { username: seed } : seed;
    if (init.id && this.users.has(init.id)) return this.users.get(init.id) as Json;
    if (!init.id) {
      for (const user of this.users.values()) if (user.username === init.username) return user;
    }
    const user = userPayload(init);
    this.users.set(user.id, user);
    return user;
  }

  /** Add a user to a guild as a member (not announced on the gateway). Returns the existing member if present. */
  addMember(guildId: string, seed: MemberSeed): Json {
    const guild = this.requireGuild(guildId);
    const user = this.addUser(seed.user);
    return guild.members.find((m) => m.user.id === user.id) ?? this.addMemberTo(guild, seed);
  }

  getInteraction(id: string): InteractionRecord | undefined {
    return this.interactions.get(id);
  }

  /** Messages stored for a channel (bot-sent and injected), oldest first. */
  messagesIn(channelId: string): Json[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** Get or create the DM channel between the bot and a user. */
  dmChannelFor(user: string | Json): Json {
    const u = this.resolveUser(user);
    const existingId = this.dmChannelByUser.get(u.id);
    if (existingId) return this.dmChannels.get(existingId) as Json;
    const channel = dmChannelPayload(snowflake(), u);
    this.dmChannels.set(channel.id, channel);
    this.dmChannelByUser.set(u.id, channel.id);
    return channel;
  }

  /** Store a file and return a Discord attachment object whose `url` is served by this stand-in. */
  addAttachment(spec: AttachmentSpec, channelId = "uploads"): Json {
    const id = snowflake();
    const data = toBuffer(spec.data);
    const contentType = spec.contentType ?? guessContentType(spec.filename);
    this.files.set(id, { filename: spec.filename, data, contentType });
    return attachmentPayload({
      id,
      filename: spec.filename,
      size: data.length,
      url: `${this.baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(spec.filename)}`,
      contentType,
      description: spec.description ?? null,
    });
  }

  // ---- requests --------------------------------------------------------------

  /** Current request count; pass as `since` to only wait for later requests. */
  mark(): number {
    return this.requests.length;
  }

  /** Recorded requests matching a filter (only those already answered). */
  findRequests(matcher: RequestMatcher, since = 0): RecordedRequest[] {
    const predicate = matcherToPredicate(matcher);
    return this.requests.slice(since).filter((r) => r.status !== null && predicate(r));
  }

  /**
   * Resolves with the first request (arrived now or later) matching `matcher` once the stand-in
   * has decided its response (`status` is set). Rejects after `timeoutMs` (default WAIT_DEFAULT_MS).
   */
  waitForRequest(matcher: RequestMatcher, options: WaitOptions | number = {}): Promise<RecordedRequest> {
    const opts = typeof options === "number" ? { timeoutMs: options } : options;
    const predicate = matcherToPredicate(matcher);
    const since = opts.since ?? 0;
    const test = (r: RecordedRequest) => r.seq >= since && r.status !== null && predicate(r);
    return this.requestWaiters.wait(this.requests, test, opts.timeoutMs ?? WAIT_DEFAULT_MS, () => {
      const seen = this.requests
        .slice(-15)
        .map((r) => `  #${r.seq} ${r.method} ${r.path} -> ${r.status}`)
        .join("\n");
      return `${describeMatcher(matcher)} (since #${since}). Last requests:\n${seen || "  (none)"}`;
    });
  }

  /**
   * Script a fault for the next matching request(s). Faults are checked in the order they
   * were added; a request consumes at most one. Default bodies/headers look like Discord's.
   */
  failNext(spec: FaultSpec): FaultHandle {
    const entry: FaultEntry = {
      spec,
      predicate: matcherToPredicate({ method: spec.method, path: spec.path }),
      remaining: spec.times ?? 1,
      hits: [],
    };
    this.faults.push(entry);
    const faults = this.faults;
    return {
      spec,
      hits: entry.hits,
      get remaining() {
        return entry.remaining;
      },
      cancel() {
        const idx = faults.indexOf(entry);
        if (idx !== -1) faults.splice(idx, 1);
      },
    };
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  // ---- gateway ---------------------------------------------------------------

  /** Gateway frames received from / sent to clients, in order. */
  waitForGatewayFrame(
    predicate: (frame: GatewayFrame) => boolean,
    options: WaitOptions | number = {},
  ): Promise<GatewayFrame> {
    const opts = typeof options === "number" ? { timeoutMs: options } : options;
    const all = () => [...this.gateway.received, ...this.gateway.sent].sort((a, b) => a.at - b.at);
    return this.frameWaiters.wait(all(), predicate, opts.timeoutMs ?? WAIT_DEFAULT_MS, () => "gateway frame");
  }

  /** Resolves when a session has (re-)identified or resumed and is live with a connection. */
  waitForSession(kind: "identify" | "resume" | "any" = "any", timeoutMs = 10_000): Promise<GatewayFrame> {
    return this.frameWaiters.wait(
      [],
      (f) =>
        f.direction === "out" &&
        f.op === GatewayOp.Dispatch &&
        (kind === "any"
          ? f.t === "READY" || f.t === "RESUMED"
          : f.t === (kind === "identify" ? "READY" : "RESUMED")),
      timeoutMs,
      () => `gateway ${kind}`,
    );
  }

  /** Number of sessions that currently have an open socket. */
  get connectedSessions(): number {
    let n = 0;
    for (const s of this.sessions.values())
      if (s.alive && s.conn && s.conn.ws.readyState === WebSocket.OPEN) n++;
    return n;
  }

  /**
   * Send a dispatch (op 0) to every live session (connected, or disconnected but resumable — it is
   * buffered and replayed on RESUME). Returns how many sessions it was delivered/queued to after intent
   * filtering.
   */
  dispatch(t: string, d: Json | null): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (!session.alive) continue;
      if (this.deliver(session, t, d)) delivered++;
    }
    return delivered;
  }

  /**
   * Close every gateway socket abnormally (default: close code 4000, which discord.js answers with a
   * RESUME). `terminate: true` destroys the TCP connection instead (close code 1006 on the client).
   * Sessions stay resumable. Resolves once the sockets are closed.
   */
  async dropConnection(
    options: { code?: number; reason?: string; terminate?: boolean } = {},
  ): Promise<number> {
    const conns = [...this.connections];
    for (const conn of conns) {
      conn.closedByServer = true;
      if (options.terminate) conn.ws.terminate();
      else
        conn.ws.close(
          options.code ?? GatewayClose.UnknownError,
          options.reason ?? "stand-in dropped the connection",
        );
    }
    await Promise.all(conns.map((c) => c.closed));
    return conns.length;
  }

  /** Send op 7 RECONNECT to every connected client. */
  sendReconnect(): void {
    for (const conn of this.connections) this.sendFrame(conn, { op: GatewayOp.Reconnect, d: null });
  }

  /** Send op 9 INVALID_SESSION; unless resumable, the sessions are discarded (the client must IDENTIFY again). */
  invalidateSessions(resumable = false): void {
    for (const conn of this.connections) {
      if (!conn.session) continue;
      if (!resumable) conn.session.alive = false;
      this.gateway.invalidSessions++;
      this.sendFrame(conn, { op: GatewayOp.InvalidSession, d: resumable });
    }
  }

  // ---- event builders / injectors ----------------------------------------------

  /** Build (and register, so callbacks/webhooks are accepted) an INTERACTION_CREATE payload. */
  buildInteraction(spec: InteractionSpec): Json {
    const ctx = this.interactionContext(spec);
    const base: Json = {
      id: spec.id ?? snowflake(),
      application_id: this.applicationId,
      token: spec.token ?? `itok_${snowflake()}_${Math.random().toString(36).slice(2, 10)}`,
      version: 1,
      ...ctx.fields,
    };
    switch (spec.kind) {
      case "chatInput":
      case "autocomplete": {
        const resolved: Json = {};
        const options = (spec.options ?? []).map((o) => this.materializeOption(o, resolved, ctx.guild));
        base.type =
          spec.kind === "chatInput"
            ? InteractionType.ApplicationCommand
            : InteractionType.ApplicationCommandAutocomplete;
        base.data = {
          id: spec.commandId ?? this.commandIdFor(spec.commandName, ctx.guild?.id ?? null),
          name: spec.commandName,
          type: ApplicationCommandType.ChatInput,
          ...(options.length ? { options } : {}),
          ...(Object.keys(resolved).length ? { resolved } : {}),
        };
        break;
      }
      case "messageContextMenu": {
        const target =
          spec.targetMessage ??
          this.buildMessage({
            author: "member",
            content: "a message to act on",
            channelId: ctx.channel.id,
            dm: spec.dm,
          });
        base.type = InteractionType.ApplicationCommand;
        base.data = {
          id: spec.commandId ?? this.commandIdFor(spec.commandName, ctx.guild?.id ?? null),
          name: spec.commandName,
          type: ApplicationCommandType.Message,
          target_id: target.id,
          resolved: { messages: { [target.id]: target } },
        };
        break;
      }
      case "userContextMenu": {
        const target = this.resolveUser(spec.targetUser);
        const resolved: Json = { users: { [target.id]: target } };
        const member = ctx.guild?.members.find((m) => m.user.id === target.id);
        if (member && ctx.guild)
          resolved.members = {
            [target.id]: {
              ...partialMember(member),
              permissions: this.permissionsOf(ctx.guild, member).toString(),
            },
          };
        base.type = InteractionType.ApplicationCommand;
        base.data = {
          id: spec.commandId ?? this.commandIdFor(spec.commandName, ctx.guild?.id ?? null),
          name: spec.commandName,
          type: ApplicationCommandType.User,
          target_id: target.id,
          resolved,
        };
        break;
      }
      case "button":
      case "stringSelect": {
        const componentType = spec.kind === "button" ? ComponentType.Button : ComponentType.StringSelect;
        const message =
          spec.message ??
          this.botMessageWithComponent(ctx.channel.id, ctx.guild?.id ?? null, spec.customId, componentType);
        base.type = InteractionType.MessageComponent;
        base.data = {
          custom_id: spec.customId,
          component_type: componentType,
          ...(spec.kind === "stringSelect" ? { values: spec.values } : {}),
        };
        base.message = message;
        break;
      }
      case "modalSubmit": {
        base.type = InteractionType.ModalSubmit;
        base.data = {
          custom_id: spec.customId,
          components: Object.entries(spec.fields).map(([customId, value]) => ({
            type: ComponentType.ActionRow,
            components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
          })),
        };
        if (spec.message) base.message = spec.message;
        break;
      }
    }
    this.registerInteraction(base);
    return base;
  }

  /** Build, register and dispatch an INTERACTION_CREATE. Returns the payload (id, token, ...). */
  interactionCreate(spec: InteractionSpec): Json {
    return this.dispatchInteraction(this.buildInteraction(spec));
  }

  /** Register and dispatch a hand-made INTERACTION_CREATE payload. */
  dispatchInteraction(payload: Json): Json {
    if (!this.interactions.has(payload.id)) this.registerInteraction(payload);
    const record = this.interactions.get(payload.id);
    if (record) record.createdAt = Date.now();
    this.dispatch("INTERACTION_CREATE", payload);
    return payload;
  }

  /** Build (and store) a MESSAGE_CREATE payload from a user. */
  buildMessage(spec: MessageSpec): Json {
    const author = this.resolveUser(spec.author ?? this.defaultUser());
    let content = spec.content ?? "";
    const mentionUsers: Json[] = (spec.mentions ?? []).map((m) => this.resolveUser(m));
    if (spec.mentionBot) {
      if (!content.includes(`<@${this.bot.id}>`)) content = `<@${this.bot.id}> ${content}`.trimEnd();
      if (!mentionUsers.some((u) => u.id === this.bot.id)) mentionUsers.unshift(this.bot);
    }
    const id = spec.id ?? snowflake();
    if (spec.dm) {
      const channel = this.dmChannelFor(author);
      const attachments = (spec.attachments ?? []).map((a) => this.addAttachment(a, channel.id));
      const msg = messagePayload({
        id,
        channelId: channel.id,
        author,
        content,
        mentions: mentionUsers,
        attachments,
        embeds: spec.embeds,
        channelType: ChannelType.DM,
        ...this.referenceFor(spec.replyTo, channel.id, null),
      });
      channel.last_message_id = msg.id;
      this.messages.set(msg.id, msg);
      return msg;
    }
    const channel = spec.channelId ? this.findChannel(spec.channelId) : this.defaultTextChannel();
    if (!channel) throw new Error(`Unknown channel ${spec.channelId}`);
    const guild = channel.guild_id ? this.requireGuild(channel.guild_id) : null;
    const member = guild ? this.ensureMember(guild, author) : null;
    const attachments = (spec.attachments ?? []).map((a) => this.addAttachment(a, channel.id));
    const msg = messagePayload({
      id,
      channelId: channel.id,
      guildId: guild?.id ?? null,
      author,
      member: member ? partialMember(member) : undefined,
      content,
      mentions: mentionUsers.map((u) => this.userWithMember(u, guild)),
      attachments,
      embeds: spec.embeds,
      channelType: channel.type,
      ...this.referenceFor(spec.replyTo, channel.id, guild?.id ?? null),
    });
    channel.last_message_id = msg.id;
    this.messages.set(msg.id, msg);
    return msg;
  }

  /** Build, store and dispatch MESSAGE_CREATE. Returns the payload. */
  messageCreate(spec: MessageSpec): Json {
    const msg = this.buildMessage(spec);
    this.dispatch("MESSAGE_CREATE", msg);
    return msg;
  }

  // ---- lifecycle -------------------------------------------------------------

  /** Close sockets and servers. Destroy discord.js clients first, or they will try to reconnect. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.pendingTimers) clearTimeout(timer);
    this.pendingTimers.clear();
    const error = new Error("Discord stand-in closed");
    this.requestWaiters.rejectAll(error);
    this.frameWaiters.rejectAll(error);
    const conns = [...this.connections];
    for (const conn of conns) {
      conn.closedByServer = true;
      conn.ws.terminate();
    }
    await Promise.all(conns.map((c) => c.closed));
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // =========================================================================
  // Internals: state
  // =========================================================================

  private log(...args: unknown[]): void {
    if (this.options.verbose) console.error("[discord-standin]", ...args);
  }

  private createGuild(seed: GuildSeed): GuildState {
    const id = seed.id ?? snowflake();
    const everyonePermissions = seed.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS;
    const roles: Json[] = [
      rolePayload({ id, name: "@everyone", permissions: everyonePermissions, position: 0 }),
    ];
    (seed.roles ?? []).forEach((r, i) =>
      roles.push(
        rolePayload({
          id: r.id,
          name: r.name,
          permissions: toBigInt(r.permissions ?? 0n),
          position: i + 1,
          color: r.color,
          hoist: r.hoist,
        }),
      ),
    );
    const botRole = rolePayload({
      name: this.bot.username,
      permissions:
        this.options.botPermissions ??
        Permissions.ViewChannel |
          Permissions.SendMessages |
          Permissions.EmbedLinks |
          Permissions.AttachFiles |
          Permissions.ReadMessageHistory |
          Permissions.AddReactions |
          Permissions.UseExternalEmojis |
          Permissions.SendMessagesInThreads |
          Permissions.UseApplicationCommands,
      position: roles.length,
      managed: true,
      botId: this.bot.id,
    });
    roles.push(botRole);
    const channels = (seed.channels ?? [{ name: "general" }]).map((c, i) =>
      guildChannelPayload({
        id: c.id,
        guildId: id,
        name: c.name,
        type: c.type,
        position: i,
        topic: c.topic,
        parentId: c.parentId,
        nsfw: c.nsfw,
      }),
    );
    const joinedAt = isoNow();
    const guild: GuildState = {
      id,
      name: seed.name ?? "Test Guild",
      ownerId: "",
      locale: seed.locale ?? "en-US",
      joinedAt,
      everyonePermissions,
      roles,
      channels,
      members: [memberPayload(this.bot, [botRole.id], joinedAt)],
      botRoleId: botRole.id,
    };
    for (const m of seed.members ?? []) this.addMemberTo(guild, m);
    if (seed.owner) {
      const owner = this.addUser(seed.owner);
      if (!guild.members.some((m) => m.user.id === owner.id)) this.addMemberTo(guild, { user: seed.owner });
      guild.ownerId = owner.id;
    } else {
      const firstHuman = guild.members.find((m) => !m.user.bot);
      guild.ownerId = firstHuman ? firstHuman.user.id : this.addMemberTo(guild, { user: "owner" }).user.id;
    }
    return guild;
  }

  private addMemberTo(guild: GuildState, seed: MemberSeed): Json {
    const user = this.addUser(seed.user);
    const roleIds = (seed.roles ?? []).map((r) => {
      const role = guild.roles.find((x) => x.id === r || x.name === r);
      if (!role) throw new Error(`Guild ${guild.name} has no role ${r}`);
      return role.id as string;
    });
    const member = memberPayload(user, roleIds, isoNow(), seed.nick ?? null);
    guild.members.push(member);
    return member;
  }

  private requireGuild(id: string): GuildState {
    const guild = this.guilds.find((g) => g.id === id);
    if (!guild) throw new Error(`Unknown stand-in guild ${id}`);
    return guild;
  }

  private defaultTextChannel(guild?: GuildState): Json {
    const g = guild ?? this.guild;
    const channel = g.channels.find((c) => c.type === ChannelType.GuildText);
    if (!channel) throw new Error(`Guild ${g.name} has no text channel`);
    return channel;
  }

  private defaultUser(): Json {
    for (const user of this.users.values()) if (user.username === "member") return user;
    const human = this.guilds[0]?.members.find((m) => !m.user.bot);
    if (human) return human.user;
    return this.addUser("member");
  }

  private resolveUser(user: string | Json): Json {
    if (typeof user !== "string") {
      if (!this.users.has(user.id)) this.users.set(user.id, user);
      return this.users.get(user.id) as Json;
    }
    if (this.users.has(user)) return this.users.get(user) as Json;
    return this.addUser(user);
  }

  private ensureMember(guild: GuildState, user: Json): Json {
    return (
      guild.members.find((m) => m.user.id === user.id) ??
      this.addMemberTo(guild, { user: { id: user.id, username: user.username } })
    );
  }

  private userWithMember(user: Json, guild: GuildState | null): Json {
    const member = guild?.members.find((m) => m.user.id === user.id);
    return member ? { ...user, member: partialMember(member) } : user;
  }

  private findChannel(id: string): Json | undefined {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((c) => c.id === id);
      if (channel) return channel;
    }
    return this.dmChannels.get(id);
  }

  /** Base (guild-level) permissions, as Discord computes them without channel overwrites. */
  permissionsOf(guild: GuildState, member: Json): bigint {
    if (member.user.id === guild.ownerId) return ALL_PERMISSIONS;
    let perms = guild.everyonePermissions;
    for (const roleId of member.roles as string[]) {
      const role = guild.roles.find((r) => r.id === roleId);
      if (role) perms |= BigInt(role.permissions);
    }
    return perms & Permissions.Administrator ? ALL_PERMISSIONS : perms;
  }

  private commandIdFor(name: string, guildId: string | null): string {
    const scopes = [guildId ?? "", "global"].filter(Boolean);
    for (const scope of scopes) {
      const command = this.commands.get(scope)?.find((c) => c.name === name);
      if (command) return command.id;
    }
    return snowflake();
  }

  private interactionContext(spec: InteractionContextSpec): {
    fields: Json;
    guild: GuildState | null;
    channel: Json;
  } {
    const user = this.resolveUser(spec.user ?? this.defaultUser());
    const locale = spec.locale ?? "en-US";
    if (spec.dm) {
      const channel = this.dmChannelFor(user);
      return {
        guild: null,
        channel,
        fields: {
          user,
          channel: { ...channel },
          channel_id: channel.id,
          app_permissions: (spec.appPermissions === undefined
            ? DM_PERMISSIONS
            : toBigInt(spec.appPermissions)
          ).toString(),
          locale,
          entitlements: [],
          authorizing_integration_owners: { "0": "0" },
          context: 1,
          attachment_size_limit: 10 * 1024 * 1024,
        },
      };
    }
    const guild = spec.guildId ? this.requireGuild(spec.guildId) : this.guild;
    const channel = spec.channelId ? this.findChannel(spec.channelId) : this.defaultTextChannel(guild);
    if (!channel) throw new Error(`Unknown channel ${spec.channelId}`);
    const member = this.ensureMember(guild, user);
    const botMember = guild.members.find((m) => m.user.id === this.bot.id) as Json;
    const memberPermissions =
      spec.permissions === undefined ? this.permissionsOf(guild, member) : toBigInt(spec.permissions);
    const appPermissions =
      spec.appPermissions === undefined
        ? this.permissionsOf(guild, botMember)
        : toBigInt(spec.appPermissions);
    return {
      guild,
      channel,
      fields: {
        guild_id: guild.id,
        guild: { id: guild.id, locale: spec.guildLocale ?? guild.locale, features: [] },
        channel: { ...channel, permissions: memberPermissions.toString() },
        channel_id: channel.id,
        member: { ...member, permissions: memberPermissions.toString() },
        app_permissions: appPermissions.toString(),
        locale,
        guild_locale: spec.guildLocale ?? guild.locale,
        entitlements: [],
        authorizing_integration_owners: { "0": guild.id },
        context: 0,
        attachment_size_limit: 10 * 1024 * 1024,
      },
    };
  }

  private materializeOption(option: OptionSpec, resolved: Json, guild: GuildState | null): Json {
    const out: Json = { name: option.name, type: option.type };
    if (option.options) out.options = option.options.map((o) => this.materializeOption(o, resolved, guild));
    if (option.focused) out.focused = true;
    let value = option.value;
    if (option.type === OptionType.Attachment && option.attachment) {
      const attachment = this.addAttachment(option.attachment, "ephemeral-attachments");
      attachment.ephemeral = true;
      value = attachment.id;
      (resolved.attachments ??= {})[attachment.id] = attachment;
    } else if (
      (option.type === OptionType.User || option.type === OptionType.Mentionable) &&
      typeof value === "string" &&
      this.users.has(value)
    ) {
      const user = this.users.get(value) as Json;
      (resolved.users ??= {})[user.id] = user;
      const member = guild?.members.find((m) => m.user.id === user.id);
      if (member && guild)
        (resolved.members ??= {})[user.id] = {
          ...partialMember(member),
          permissions: this.permissionsOf(guild, member).toString(),
        };
    } else if (
      (option.type === OptionType.Role || option.type === OptionType.Mentionable) &&
      typeof value === "string" &&
      guild
    ) {
      const role = guild.roles.find((r) => r.id === value);
      if (role) (resolved.roles ??= {})[role.id] = role;
    } else if (option.type === OptionType.Channel && typeof value === "string") {
      const channel = this.findChannel(value);
      if (channel) {
        (resolved.channels ??= {})[channel.id] = {
          id: channel.id,
          name: channel.name,
          type: channel.type,
          permissions: ALL_PERMISSIONS.toString(),
          ...(channel.parent_id !== undefined ? { parent_id: channel.parent_id } : {}),
        };
      }
    }
    if (value !== undefined) out.value = value;
    return out;
  }

  private botMessageWithComponent(
    channelId: string,
    guildId: string | null,
    customId: string,
    componentType: number,
  ): Json {
    const component =
      componentType === ComponentType.Button
        ? { type: ComponentType.Button, style: 1, label: customId, custom_id: customId }
        : {
            type: ComponentType.StringSelect,
            custom_id: customId,
            options: [{ label: "a", value: "a" }],
            min_values: 1,
            max_values: 1,
          };
    const msg = messagePayload({
      channelId,
      guildId,
      author: this.bot,
      content: "A message with components",
      components: [{ type: ComponentType.ActionRow, components: [component] }],
    });
    this.messages.set(msg.id, msg);
    return msg;
  }

  private referenceFor(
    replyTo: string | undefined,
    channelId: string,
    guildId: string | null,
  ): { messageReference?: Json; referencedMessage?: Json | null } {
    if (!replyTo) return {};
    return {
      messageReference: {
        type: 0,
        message_id: replyTo,
        channel_id: channelId,
        ...(guildId ? { guild_id: guildId } : {}),
      },
      referencedMessage: this.messages.get(replyTo) ?? null,
    };
  }

  private registerInteraction(payload: Json): void {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      applicationId: payload.application_id,
      guildId: payload.guild_id ?? null,
      channelId: payload.channel_id ?? payload.channel?.id,
      user: payload.user ?? payload.member?.user,
      payload,
      createdAt: Date.now(),
      acknowledged: false,
      callbackType: null,
      callbackBody: null,
      originalId: null,
      followupIds: [],
    };
    if (payload.message?.id && !this.messages.has(payload.message.id))
      this.messages.set(payload.message.id, payload.message);
    this.interactions.set(record.id, record);
    this.interactionsByToken.set(record.token, record);
  }

  // =========================================================================
  // Internals: gateway
  // =========================================================================

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (
      this.closed ||
      this.gatewayFaults.refuseUpgrades ||
      (url.pathname !== "/gateway" && url.pathname !== "/resume-gateway")
    ) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req.url ?? "/"));
  }

  private onConnection(ws: WebSocket, url: string): void {
    let markClosed: () => void = () => {};
    const conn: Connection = {
      id: this.nextConnectionId++,
      ws,
      url,
      session: null,
      closedByServer: false,
      closed: new Promise<void>((resolve) => {
        markClosed = resolve;
      }),
    };
    this.connections.add(conn);
    this.gateway.connections++;
    this.gateway.connectionUrls.push(url);
    this.log("gateway connection", conn.id, url);

    ws.on("message", (data: RawData, isBinary: boolean) => this.onFrame(conn, data, isBinary));
    ws.on("error", () => {});
    ws.on("close", (code: number) => {
      this.connections.delete(conn);
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // A client closing with 1000/1001 ends its session (Discord invalidates it).
        if (!conn.closedByServer && (code === 1000 || code === 1001)) session.alive = false;
      }
      this.log("gateway close", conn.id, code);
      markClosed();
    });

    const params = new URL(url, "http://127.0.0.1").searchParams;
    if (params.get("v") !== String(API_VERSION)) {
      conn.closedByServer = true;
      ws.close(GatewayClose.InvalidAPIVersion, "Invalid API version");
      return;
    }
    if ((params.get("encoding") ?? "json") !== "json") {
      conn.closedByServer = true;
      ws.close(GatewayClose.DecodeError, "Only JSON encoding is supported by the stand-in");
      return;
    }
    this.sendFrame(conn, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["discord-standin",{}]'] },
    });
  }

  private sendFrame(conn: Connection, payload: Json): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    const frame: GatewayFrame = {
      direction: "out",
      connectionId: conn.id,
      sessionId: conn.session?.id ?? null,
      op: payload.op,
      t: payload.t ?? null,
      s: payload.s ?? null,
      d: payload.d,
      at: Date.now(),
    };
    conn.ws.send(JSON.stringify({ t: null, s: null, ...payload }));
    this.gateway.sent.push(frame);
    this.frameWaiters.notify(frame);
  }

  private closeConn(conn: Connection, code: number, reason: string): void {
    conn.closedByServer = true;
    if (conn.session && conn.session.conn === conn) conn.session.conn = null;
    conn.ws.close(code, reason);
  }

  private onFrame(conn: Connection, data: RawData, isBinary: boolean): void {
    let payload: Json;
    try {
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString("utf8")
        : Buffer.from(data as ArrayBuffer).toString("utf8");
      if (isBinary) throw new Error("binary");
      payload = JSON.parse(text) as Json;
    } catch {
      this.closeConn(conn, GatewayClose.DecodeError, "Error while decoding payload.");
      return;
    }
    const frame: GatewayFrame = {
      direction: "in",
      connectionId: conn.id,
      sessionId: conn.session?.id ?? null,
      op: payload.op,
      t: null,
      s: null,
      d: payload.d,
      at: Date.now(),
    };
    this.gateway.received.push(frame);
    this.log("gateway <-", conn.id, payload.op);

    switch (payload.op) {
      case GatewayOp.Heartbeat:
        this.gateway.heartbeats++;
        if (this.ackHeartbeats) this.sendFrame(conn, { op: GatewayOp.HeartbeatAck, d: null });
        break;
      case GatewayOp.Identify:
        this.onIdentify(conn, payload.d ?? {});
        break;
      case GatewayOp.Resume:
        this.onResume(conn, payload.d ?? {});
        break;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
        if (!conn.session) this.closeConn(conn, GatewayClose.NotAuthenticated, "Not authenticated.");
        break;
      case GatewayOp.RequestGuildMembers:
        if (!conn.session) this.closeConn(conn, GatewayClose.NotAuthenticated, "Not authenticated.");
        else this.onRequestGuildMembers(conn.session, payload.d ?? {});
        break;
      default:
        this.closeConn(conn, GatewayClose.UnknownOpcode, "Unknown opcode.");
    }
    this.frameWaiters.notify(frame);
  }

  /** IDENTIFY and RESUME both need an unauthenticated connection and the right token. */
  private authenticates(conn: Connection, d: Json): boolean {
    if (conn.session) {
      this.closeConn(conn, GatewayClose.AlreadyAuthenticated, "Already authenticated.");
      return false;
    }
    if (typeof d.token !== "string" || (this.options.token !== undefined && d.token !== this.options.token)) {
      this.closeConn(conn, GatewayClose.AuthenticationFailed, "Authentication failed.");
      return false;
    }
    return true;
  }

  private onIdentify(conn: Connection, d: Json): void {
    if (this.gatewayFaults.identifyCloseCode !== null) {
      this.closeConn(conn, this.gatewayFaults.identifyCloseCode, "Closed by a scripted fault.");
      return;
    }
    if (!this.authenticates(conn, d)) return;
    if (this.gatewayFaults.withholdReady) return;
    if (typeof d.intents !== "number") {
      this.closeConn(conn, GatewayClose.DecodeError, "intents is required");
      return;
    }
    const allowedPrivileged = this.options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS;
    if (d.intents & PRIVILEGED_INTENTS & ~allowedPrivileged) {
      this.closeConn(conn, 4014, "Disallowed intent(s).");
      return;
    }
    const shard: [number, number] = Array.isArray(d.shard)
      ? [Number(d.shard[0]), Number(d.shard[1])]
      : [0, 1];
    if (!(shard[0] >= 0 && shard[0] < shard[1])) {
      this.closeConn(conn, GatewayClose.InvalidShard, "Invalid shard.");
      return;
    }
    this.gateway.identifies++;
    const session: Session = {
      id: `standin_${snowflake()}`,
      seq: 0,
      intents: d.intents,
      shard,
      identify: d,
      conn,
      buffer: [],
      alive: true,
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    const guilds = this.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0]);
    this.deliver(
      session,
      "READY",
      {
        v: API_VERSION,
        user_settings: {},
        user: { ...this.bot, verified: true, mfa_enabled: false, email: null },
        guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: session.id,
        session_type: "normal",
        resume_gateway_url: this.resumeGatewayUrl,
        shard,
        application: { id: this.applicationId, flags: this.applicationFlags },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        auth: {},
        _trace: ['["discord-standin",{}]'],
      },
      true,
    );
    for (const guild of guilds)
      this.deliver(session, "GUILD_CREATE", this.guildCreatePayload(guild, session.intents));
  }

  private onResume(conn: Connection, d: Json): void {
    if (!this.authenticates(conn, d)) return;
    const session = typeof d.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === "number" ? d.seq : -1;
    const oldest = session?.buffer[0]?.s ?? (session ? session.seq + 1 : 0);
    if (!session?.alive || seq > session.seq || seq < oldest - 1) {
      this.gateway.invalidSessions++;
      this.sendFrame(conn, { op: GatewayOp.InvalidSession, d: false });
      return;
    }
    if (session.conn && session.conn !== conn) {
      const previous = session.conn;
      session.conn = null;
      previous.closedByServer = true;
      previous.ws.terminate();
    }
    this.gateway.resumes++;
    session.conn = conn;
    conn.session = session;
    for (const frame of session.buffer) if (frame.s > seq) this.sendFrame(conn, frame);
    this.deliver(session, "RESUMED", { _trace: ['["discord-standin",{}]'] }, true);
  }

  private onRequestGuildMembers(session: Session, d: Json): void {
    const guild = this.guilds.find((g) => g.id === d.guild_id);
    if (!guild || !session.conn) return;
    let members = guild.members;
    if (Array.isArray(d.user_ids))
      members = members.filter((m) => (d.user_ids as string[]).includes(m.user.id));
    else if (typeof d.query === "string" && d.query)
      members = members.filter((m) => String(m.user.username).startsWith(d.query));
    if (typeof d.limit === "number" && d.limit > 0) members = members.slice(0, d.limit);
    const notFound = Array.isArray(d.user_ids)
      ? (d.user_ids as string[]).filter((id) => !guild.members.some((m) => m.user.id === id))
      : [];
    this.deliver(session, "GUILD_MEMBERS_CHUNK", {
      guild_id: guild.id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: notFound,
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }

  private guildCreatePayload(guild: GuildState, intents: number): Json {
    const members =
      this.options.enforceIntents && !(intents & Intents.GuildMembers)
        ? guild.members.filter((m) => m.user.id === this.bot.id)
        : guild.members;
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: guild.roles,
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.channels.find((c) => c.type === ChannelType.GuildText)?.id ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500_000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: guild.locale,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
      // GUILD_CREATE extras
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: guild.members.length,
      voice_states: [],
      members,
      channels: guild.channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Queue a dispatch for one session (intent-filtered), sending it if connected. */
  private deliver(session: Session, t: string, d: Json | null, force = false): boolean {
    let data = d;
    if (!force && this.options.enforceIntents && d) {
      const needed = requiredIntent(t, d);
      if (needed !== null && !(session.intents & needed)) {
        this.gateway.suppressed.push({ sessionId: session.id, t, reason: `missing intent ${needed}` });
        return false;
      }
      if (
        (t === "MESSAGE_CREATE" || t === "MESSAGE_UPDATE") &&
        d.guild_id &&
        !(session.intents & Intents.MessageContent)
      ) {
        const mentionsBot = Array.isArray(d.mentions) && d.mentions.some((u: Json) => u.id === this.bot.id);
        const byBot = d.author?.id === this.bot.id;
        if (!mentionsBot && !byBot) data = { ...d, content: "", embeds: [], attachments: [], components: [] };
      }
    }
    session.seq += 1;
    const frame = { op: GatewayOp.Dispatch, t, s: session.seq, d: data };
    session.buffer.push(frame);
    if (session.buffer.length > MAX_REPLAY_BUFFER) session.buffer.shift();
    if (session.conn) this.sendFrame(session.conn, frame);
    return true;
  }

  // =========================================================================
  // Internals: HTTP
  // =========================================================================

  private async onHttpRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return;
    }
    const rawBody = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", this.baseUrl || "http://127.0.0.1");
    const apiMatch = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(url.pathname);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;

    let body: unknown = null;
    let multipart: MultipartBody | null = null;
    const contentType = headers["content-type"] ?? "";
    if (rawBody.length) {
      if (contentType.startsWith("application/json")) {
        try {
          body = JSON.parse(rawBody.toString("utf8"));
        } catch {
          body = undefined;
        }
      } else if (contentType.startsWith("multipart/form-data")) {
        const boundary = boundaryFromContentType(contentType);
        if (boundary) {
          multipart = parseMultipart(rawBody, boundary);
          const payloadJson = multipart.fields.payload_json;
          if (payloadJson !== undefined) {
            try {
              body = JSON.parse(payloadJson);
            } catch {
              body = undefined;
            }
          }
        }
      } else {
        body = rawBody.toString("utf8");
      }
    }

    const record: RecordedRequest = {
      seq: this.requests.length,
      method: (req.method ?? "GET").toUpperCase(),
      path: decodePath(apiMatch ? (apiMatch[2] ?? "/") : url.pathname),
      api: Boolean(apiMatch),
      apiVersion: apiMatch?.[1] ? Number(apiMatch[1]) : null,
      query: Object.fromEntries(url.searchParams),
      url: req.url ?? "/",
      headers,
      body,
      rawBody,
      multipart,
      files: (multipart?.files ?? []).map((f) => ({
        field: f.field,
        filename: f.filename,
        size: f.size,
        contentType: f.contentType,
      })),
      receivedAt: Date.now(),
      status: null,
      responseBody: undefined,
      respondedAt: null,
      fault: null,
    };
    this.requests.push(record);
    this.log("http", record.method, url.pathname);

    const fault = this.takeFault(record);
    if (fault) {
      record.fault = fault.spec;
      fault.hits.push(record);
      if (fault.spec.until) {
        await fault.spec.until.catch(() => undefined);
        if (this.closed) {
          res.destroy();
          return;
        }
      }
      if (fault.spec.delayMs) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.pendingTimers.delete(timer);
            resolve();
          }, fault.spec.delayMs);
          this.pendingTimers.add(timer);
        });
        if (this.closed) {
          res.destroy();
          return;
        }
      }
      if (fault.spec.destroySocket) {
        record.status = 0;
        record.respondedAt = Date.now();
        this.requestWaiters.notify(record);
        (req.socket as Socket).destroy();
        return;
      }
      if (fault.spec.status !== undefined) {
        this.respond(res, record, this.faultResponse(fault.spec));
        return;
      }
    }

    let result: RouteResult;
    try {
      if (body === undefined)
        throw new ApiError(400, ErrorCode.InvalidFormBody, "The request body contains invalid JSON.");
      result = record.api ? this.route(record) : this.serveStatic(record);
    } catch (error) {
      if (error instanceof ApiError) result = { status: error.status, body: error.toBody() };
      else {
        console.error("[discord-standin] internal error handling", record.method, record.path, error);
        result = { status: 500, body: { message: `stand-in error: ${String(error)}`, code: 0 } };
      }
    }
    this.respond(res, record, result);
  }

  private takeFault(record: RecordedRequest): FaultEntry | null {
    if (!record.api) return null;
    for (const fault of this.faults) {
      if (fault.remaining > 0 && fault.predicate(record)) {
        fault.remaining -= 1;
        if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
        return fault;
      }
    }
    return null;
  }

  private faultResponse(spec: FaultSpec): RouteResult {
    const status = spec.status ?? 500;
    const headers: Record<string, string> = {};
    let body = spec.body;
    if (status === 429) {
      const retryAfter = spec.retryAfter ?? 0.1;
      headers["retry-after"] = String(retryAfter);
      headers["x-ratelimit-scope"] = spec.global ? "global" : "user";
      if (spec.global) headers["x-ratelimit-global"] = "true";
      body ??= {
        message: "You are being rate limited.",
        retry_after: retryAfter,
        global: Boolean(spec.global),
      };
    } else if (status >= 500) {
      body ??= { message: `${status}: Internal Server Error`, code: 0 };
    } else if (status >= 400) {
      body ??= { message: `${status}: Error`, code: 0 };
    }
    return { status, body, headers: { ...headers, ...spec.headers } };
  }

  private respond(res: ServerResponse, record: RecordedRequest, result: RouteResult): void {
    record.status = result.status;
    record.responseBody = result.body;
    record.respondedAt = Date.now();
    this.requestWaiters.notify(record);
    const headers: Record<string, string> = { ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
    } else if (Buffer.isBuffer(result.body)) {
      res.writeHead(result.status, headers);
      res.end(result.body);
    } else {
      const text = JSON.stringify(result.body);
      res.writeHead(result.status, {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(text)),
        ...headers,
      });
      res.end(text);
    }
    if (result.after) result.after();
  }

  private serveStatic(record: RecordedRequest): RouteResult {
    const match = /^\/attachments\/[^/]+\/(\d+)\/[^/]+$/.exec(record.path);
    const file = match?.[1] ? this.files.get(match[1]) : undefined;
    if (record.method === "GET" && file) {
      return {
        status: 200,
        body: file.data,
        headers: { "content-type": file.contentType, "content-length": String(file.data.length) },
      };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  private route(record: RecordedRequest): RouteResult {
    if (record.apiVersion !== API_VERSION) {
      return {
        status: 404,
        body: {
          message: `API version ${record.apiVersion ?? "(none)"} is not served by the stand-in`,
          code: 0,
        },
      };
    }
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(record.path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== record.method) continue;
      if (route.auth) this.checkAuth(record);
      return route.handler(
        record,
        m.slice(1).map((p) => p ?? ""),
      );
    }
    if (pathMatched) return { status: 405, body: { message: "405: Method Not Allowed", code: 0 } };
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  private checkAuth(record: RecordedRequest): void {
    const auth = record.headers.authorization;
    const ok =
      this.options.token === undefined
        ? typeof auth === "string" && /^Bot \S+/.test(auth)
        : auth === `Bot ${this.options.token}`;
    if (!ok) throw new ApiError(401, 0, "401: Unauthorized");
  }

  private on(method: string, path: string, handler: RouteHandler, auth = true): void {
    this.routes.push({ method, pattern: compilePathPattern(path), auth, handler });
  }

  private registerRoutes(): void {
    const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
    const noContent: RouteResult = { status: 204 };

    // --- gateway / identity
    this.on("GET", "/gateway", () => ok({ url: this.gatewayUrl }), false);
    this.on("GET", "/gateway/bot", () =>
      ok({
        url: this.gatewayUrl,
        shards: this.options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );
    this.on("GET", "/users/@me", () =>
      ok({ ...this.bot, verified: true, mfa_enabled: false, locale: "en-US", email: null }),
    );
    this.on("GET", "/users/:id", (_r, [id]) => {
      const user = this.users.get(id ?? "");
      if (!user) throw new ApiError(404, ErrorCode.UnknownUser, "Unknown User");
      return ok(user);
    });
    this.on("GET", "/applications/@me", () => ok(this.applicationPayload()));
    this.on("PATCH", "/applications/@me", (r) => ok({ ...this.applicationPayload(), ...(r.body as Json) }));
    this.on("GET", "/oauth2/applications/@me", () => ok(this.applicationPayload()));

    // --- DMs
    this.on("POST", "/users/@me/channels", (r) => {
      const recipientId = (r.body as Json | null)?.recipient_id;
      if (typeof recipientId !== "string")
        throw formError("recipient_id", "BASE_TYPE_REQUIRED", "This field is required");
      const user = this.users.get(recipientId);
      if (!user) throw new ApiError(400, ErrorCode.InvalidFormBody, "Invalid Recipient(s)");
      return ok(this.dmChannelFor(user));
    });

    // --- channels & messages
    this.on("GET", "/channels/:id", (_r, [id]) => ok(this.requireChannel(id ?? "")));
    this.on("POST", "/channels/:id/typing", (_r, [id]) => {
      this.requireChannel(id ?? "");
      return noContent;
    });
    this.on("GET", "/channels/:id/messages", (r, [id]) => {
      this.requireChannel(id ?? "");
      const limit = Math.min(Number(r.query.limit ?? 50), 100);
      return ok(
        this.messagesIn(id ?? "")
          .reverse()
          .slice(0, limit),
      );
    });
    this.on("POST", "/channels/:id/messages", (r, [id]) => this.createChannelMessage(r, id ?? ""));
    this.on("GET", "/channels/:id/messages/:mid", (_r, [id, mid]) =>
      ok(this.requireMessage(id ?? "", mid ?? "")),
    );
    this.on("PATCH", "/channels/:id/messages/:mid", (r, [id, mid]) => {
      const msg = this.requireMessage(id ?? "", mid ?? "");
      if (msg.author?.id !== this.bot.id)
        throw new ApiError(403, 50005, "Cannot edit a message authored by another user");
      this.editMessage(msg, r);
      return { status: 200, body: msg, after: () => this.echo("MESSAGE_UPDATE", msg) };
    });
    this.on("DELETE", "/channels/:id/messages/:mid", (_r, [id, mid]) => {
      const msg = this.requireMessage(id ?? "", mid ?? "");
      this.messages.delete(msg.id);
      return { status: 204, after: () => this.echoDelete(msg) };
    });
    this.on("PUT", "/channels/:id/messages/:mid/reactions/:emoji/@me", (_r, [id, mid]) => {
      this.requireMessage(id ?? "", mid ?? "");
      return noContent;
    });
    this.on("DELETE", "/channels/:id/messages/:mid/reactions/:emoji/@me", (_r, [id, mid]) => {
      this.requireMessage(id ?? "", mid ?? "");
      return noContent;
    });

    // --- guilds
    this.on("GET", "/guilds/:gid", (_r, [gid]) => {
      const guild = this.guildOr404(gid ?? "");
      const { members: _m, channels: _c, ...rest } = this.guildCreatePayload(guild, ~0);
      return ok({ ...rest, approximate_member_count: guild.members.length });
    });
    this.on("GET", "/guilds/:gid/channels", (_r, [gid]) => ok(this.guildOr404(gid ?? "").channels));
    this.on("GET", "/guilds/:gid/roles", (_r, [gid]) => ok(this.guildOr404(gid ?? "").roles));
    this.on("GET", "/guilds/:gid/members", (r, [gid]) =>
      ok(this.guildOr404(gid ?? "").members.slice(0, Number(r.query.limit ?? 1))),
    );
    this.on("GET", "/guilds/:gid/members/:uid", (_r, [gid, uid]) => {
      const member = this.guildOr404(gid ?? "").members.find((m) => m.user.id === uid);
      if (!member) throw new ApiError(404, ErrorCode.UnknownMember, "Unknown Member");
      return ok(member);
    });

    // --- application commands
    const commandRoutes = (prefix: string, scopeOf: (params: string[]) => string) => {
      this.on("GET", prefix, (_r, p) => {
        this.checkApp(p[0]);
        return ok(this.commands.get(scopeOf(p)) ?? []);
      });
      this.on("PUT", prefix, (r, p) => {
        this.checkApp(p[0]);
        if (!Array.isArray(r.body))
          throw formError("_root", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
        const scope = scopeOf(p);
        const previous = this.commands.get(scope) ?? [];
        const list = (r.body as Json[]).map((c, i) => this.normalizeCommand(c, scope, previous, `${i}`));
        const names = new Set<string>();
        for (const c of list) {
          const key = `${c.type}:${c.name}`;
          if (names.has(key))
            throw formError(
              "_root",
              "APPLICATION_COMMANDS_DUPLICATE_NAME",
              `Application command names must be unique (${c.name})`,
            );
          names.add(key);
        }
        this.commands.set(scope, list);
        return ok(list);
      });
      this.on("POST", prefix, (r, p) => {
        this.checkApp(p[0]);
        const scope = scopeOf(p);
        const previous = this.commands.get(scope) ?? [];
        const command = this.normalizeCommand(r.body as Json, scope, previous, "");
        const existing = previous.findIndex((c) => c.id === command.id);
        const list = [...previous];
        if (existing === -1) list.push(command);
        else list[existing] = command;
        this.commands.set(scope, list);
        return ok(command, existing === -1 ? 201 : 200);
      });
      this.on("GET", `${prefix}/:cid`, (_r, p) => {
        this.checkApp(p[0]);
        const command = (this.commands.get(scopeOf(p)) ?? []).find((c) => c.id === p[p.length - 1]);
        if (!command) throw new ApiError(404, 10063, "Unknown application command");
        return ok(command);
      });
      this.on("PATCH", `${prefix}/:cid`, (r, p) => {
        this.checkApp(p[0]);
        const list = this.commands.get(scopeOf(p)) ?? [];
        const idx = list.findIndex((c) => c.id === p[p.length - 1]);
        const current = list[idx];
        if (!current) throw new ApiError(404, 10063, "Unknown application command");
        const updated = this.normalizeCommand({ ...current, ...(r.body as Json) }, scopeOf(p), list, "");
        list[idx] = updated;
        return ok(updated);
      });
      this.on("DELETE", `${prefix}/:cid`, (_r, p) => {
        this.checkApp(p[0]);
        const list = this.commands.get(scopeOf(p)) ?? [];
        const idx = list.findIndex((c) => c.id === p[p.length - 1]);
        if (idx === -1) throw new ApiError(404, 10063, "Unknown application command");
        list.splice(idx, 1);
        return noContent;
      });
    };
    commandRoutes("/applications/:app/commands", () => "global");
    commandRoutes("/applications/:app/guilds/:gid/commands", (p) => {
      this.guildOr404(p[1] ?? "");
      return p[1] ?? "";
    });

    // --- interactions (no bot auth: the token in the URL authorizes)
    this.on(
      "POST",
      "/interactions/:id/:token/callback",
      (r, [id, token]) => this.interactionCallback(r, id ?? "", token ?? ""),
      false,
    );
    this.on(
      "GET",
      "/webhooks/:app/:token/messages/:mid",
      (_r, [app, token, mid]) => ok(this.webhookMessage(app ?? "", token ?? "", mid ?? "").msg),
      false,
    );
    this.on(
      "PATCH",
      "/webhooks/:app/:token/messages/:mid",
      (r, [app, token, mid]) => {
        const { msg } = this.webhookMessage(app ?? "", token ?? "", mid ?? "");
        this.editMessage(msg, r);
        msg.flags = (msg.flags ?? 0) & ~MessageFlag.Loading;
        return { status: 200, body: msg, after: () => this.echo("MESSAGE_UPDATE", msg) };
      },
      false,
    );
    this.on(
      "DELETE",
      "/webhooks/:app/:token/messages/:mid",
      (_r, [app, token, mid]) => {
        const { msg } = this.webhookMessage(app ?? "", token ?? "", mid ?? "");
        this.messages.delete(msg.id);
        return { status: 204, after: () => this.echoDelete(msg) };
      },
      false,
    );
    this.on(
      "POST",
      "/webhooks/:app/:token",
      (r, [app, token]) => this.followup(r, app ?? "", token ?? ""),
      false,
    );
  }

  // ---- route helpers -----------------------------------------------------------

  private applicationPayload(): Json {
    const owner = this.users.get(this.guilds[0]?.ownerId ?? "") ?? null;
    return {
      id: this.applicationId,
      name: this.bot.username,
      icon: null,
      description: "",
      summary: "",
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      bot: this.bot,
      owner,
      team: null,
      verify_key: "0".repeat(64),
      flags: this.applicationFlags,
      hook: true,
      approximate_guild_count: this.guilds.length,
      approximate_user_install_count: 0,
      interactions_endpoint_url: null,
      redirect_uris: [],
      tags: [],
      integration_types_config: { "0": {} },
    };
  }

  private checkApp(appId: string | undefined): void {
    if (appId !== this.applicationId) throw new ApiError(403, 50001, "Missing Access");
  }

  private guildOr404(id: string): GuildState {
    const guild = this.guilds.find((g) => g.id === id);
    if (!guild) throw new ApiError(404, ErrorCode.UnknownGuild, "Unknown Guild");
    return guild;
  }

  private requireChannel(id: string): Json {
    const channel = this.findChannel(id);
    if (!channel) throw new ApiError(404, ErrorCode.UnknownChannel, "Unknown Channel");
    return channel;
  }

  private requireMessage(channelId: string, messageId: string): Json {
    this.requireChannel(channelId);
    const msg = this.messages.get(messageId);
    if (!msg || msg.channel_id !== channelId)
      throw new ApiError(404, ErrorCode.UnknownMessage, "Unknown Message");
    return msg;
  }

  private normalizeCommand(body: Json, scope: string, previous: Json[], path: string): Json {
    const at = (field: string) => (path ? `${path}.${field}` : field);
    if (!body || typeof body !== "object")
      throw formError(at("_root"), "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    const type = body.type ?? ApplicationCommandType.ChatInput;
    const name = body.name;
    if (typeof name !== "string" || name.length < 1 || name.length > 32)
      throw formError(at("name"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
    if (type === ApplicationCommandType.ChatInput) {
      if (!/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(name) || name !== name.toLowerCase()) {
        throw formError(at("name"), "APPLICATION_COMMAND_INVALID_NAME", `Command name is invalid: ${name}`);
      }
      const description = body.description;
      if (typeof description !== "string" || description.length < 1 || description.length > 100) {
        throw formError(at("description"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
      }
      this.validateCommandOptions(body.options ?? [], at("options"));
    }
    const existing = previous.find((c) => c.name === name && c.type === type);
    return {
      id: body.id && previous.some((c) => c.id === body.id) ? body.id : (existing?.id ?? snowflake()),
      application_id: this.applicationId,
      version: snowflake(),
      default_member_permissions: body.default_member_permissions ?? null,
      type,
      name,
      name_localizations: body.name_localizations ?? null,
      description: body.description ?? "",
      description_localizations: body.description_localizations ?? null,
      ...(body.options?.length ? { options: body.options } : {}),
      dm_permission: body.dm_permission ?? true,
      contexts: body.contexts ?? null,
      integration_types: body.integration_types ?? [0],
      nsfw: body.nsfw ?? false,
      ...(scope !== "global" ? { guild_id: scope } : {}),
    };
  }

  private validateCommandOptions(options: Json[], path: string): void {
    if (!Array.isArray(options))
      throw formError(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
    if (options.length > 25) throw formError(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    let sawOptional = false;
    options.forEach((option, i) => {
      const at = `${path}.${i}`;
      if (
        typeof option.name !== "string" ||
        !/^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(option.name) ||
        option.name !== option.name.toLowerCase()
      ) {
        throw formError(
          `${at}.name`,
          "APPLICATION_COMMAND_INVALID_NAME",
          `Option name is invalid: ${option.name}`,
        );
      }
      if (
        typeof option.description !== "string" ||
        option.description.length < 1 ||
        option.description.length > 100
      ) {
        throw formError(`${at}.description`, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
      }
      if (Array.isArray(option.choices) && option.choices.length > 25)
        throw formError(`${at}.choices`, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
      if (option.autocomplete && Array.isArray(option.choices) && option.choices.length) {
        throw formError(
          `${at}.autocomplete`,
          "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
          "Autocomplete cannot be set with choices",
        );
      }
      if (option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup) {
        this.validateCommandOptions(option.options ?? [], `${at}.options`);
      } else {
        if (option.required && sawOptional)
          throw formError(
            `${at}.required`,
            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
            "Required options must be placed before non-required options",
          );
        if (!option.required) sawOptional = true;
      }
    });
  }

  /** Discord's checks on a message body (content length, embeds, emptiness). */
  private validateMessageBody(
    body: Json | null | undefined,
    opts: { create: boolean; files: number; path?: string },
  ): void {
    const at = (f: string) => (opts.path ? `${opts.path}.${f}` : f);
    const b = body ?? {};
    if (b.content !== undefined && b.content !== null) {
      if (typeof b.content !== "string")
        throw formError(at("content"), "STRING_TYPE_CONVERT", "Could not interpret the value as string.");
      if (b.content.length > 2000)
        throw formError(at("content"), "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
    }
    if (Array.isArray(b.embeds)) {
      if (b.embeds.length > 10)
        throw formError(at("embeds"), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
      let total = 0;
      (b.embeds as Json[]).forEach((e, i) => {
        const len = (v: unknown) => (typeof v === "string" ? v.length : 0);
        if (len(e.title) > 256)
          throw formError(at(`embeds.${i}.title`), "BASE_TYPE_MAX_LENGTH", "Must be 256 or fewer in length.");
        if (len(e.description) > 4096)
          throw formError(
            at(`embeds.${i}.description`),
            "BASE_TYPE_MAX_LENGTH",
            "Must be 4096 or fewer in length.",
          );
        if (Array.isArray(e.fields)) {
          if (e.fields.length > 25)
            throw formError(
              at(`embeds.${i}.fields`),
              "BASE_TYPE_MAX_LENGTH",
              "Must be 25 or fewer in length.",
            );
          (e.fields as Json[]).forEach((f, j) => {
            if (len(f.name) > 256)
              throw formError(
                at(`embeds.${i}.fields.${j}.name`),
                "BASE_TYPE_MAX_LENGTH",
                "Must be 256 or fewer in length.",
              );
            if (len(f.value) > 1024)
              throw formError(
                at(`embeds.${i}.fields.${j}.value`),
                "BASE_TYPE_MAX_LENGTH",
                "Must be 1024 or fewer in length.",
              );
            total += len(f.name) + len(f.value);
          });
        }
        if (len(e.footer?.text) > 2048)
          throw formError(
            at(`embeds.${i}.footer.text`),
            "BASE_TYPE_MAX_LENGTH",
            "Must be 2048 or fewer in length.",
          );
        total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
      });
      if (total > 6000)
        throw formError(at("embeds"), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
    }
    if (Array.isArray(b.components) && b.components.length > 5 && !((b.flags ?? 0) & (1 << 15))) {
      throw formError(at("components"), "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
    }
    if (opts.create) {
      const empty =
        !(typeof b.content === "string" && b.content.length > 0) &&
        !(Array.isArray(b.embeds) && b.embeds.length) &&
        !(Array.isArray(b.components) && b.components.length) &&
        !(Array.isArray(b.sticker_ids) && b.sticker_ids.length) &&
        !b.poll &&
        opts.files === 0;
      if (empty) throw new ApiError(400, ErrorCode.CannotSendEmptyMessage, "Cannot send an empty message");
    }
  }

  /** Turn uploaded multipart files into stored, served attachment objects. */
  private uploadedAttachments(r: RecordedRequest, channelId: string): Json[] {
    const files = r.multipart?.files ?? [];
    const meta: Json[] = Array.isArray((r.body as Json | null)?.attachments)
      ? (r.body as Json).attachments
      : [];
    return files.map((file, i) => {
      const index = /\[(\d+)\]/.exec(file.field)?.[1] ?? String(i);
      const m = meta.find((a) => String(a.id) === index);
      const att = this.addAttachment(
        {
          filename: m?.filename ?? file.filename,
          data: file.data,
          contentType: file.contentType ?? undefined,
          description: m?.description,
        },
        channelId,
      );
      return att;
    });
  }

  private mentionsIn(content: string, guild: GuildState | null): Json[] {
    const ids = new Set([...content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] as string));
    return [...ids].flatMap((id) => {
      const user = this.users.get(id);
      return user ? [this.userWithMember(user, guild)] : [];
    });
  }

  private createChannelMessage(r: RecordedRequest, channelId: string): RouteResult {
    const channel = this.requireChannel(channelId);
    const body = (r.body ?? {}) as Json;
    this.validateMessageBody(body, { create: true, files: r.files.length });
    const guild = channel.guild_id ? (this.guilds.find((g) => g.id === channel.guild_id) ?? null) : null;
    let reference: { messageReference?: Json; referencedMessage?: Json | null } = {};
    if (body.message_reference?.message_id) {
      const ref = body.message_reference as Json;
      const target = this.messages.get(ref.message_id);
      if (!target && ref.fail_if_not_exists !== false) {
        throw formError("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
      }
      reference = target
        ? {
            messageReference: {
              type: ref.type ?? 0,
              message_id: target.id,
              channel_id: target.channel_id,
              ...(guild ? { guild_id: guild.id } : {}),
            },
            referencedMessage: target,
          }
        : {};
    }
    const msg = messagePayload({
      channelId,
      author: this.bot,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: this.uploadedAttachments(r, channelId),
      flags: (body.flags ?? 0) & (MessageFlag.SuppressNotifications | (1 << 2) | (1 << 15)),
      mentions: this.mentionsIn(body.content ?? "", guild),
      nonce: body.nonce,
      tts: body.tts ?? false,
      ...reference,
    });
    this.messages.set(msg.id, msg);
    channel.last_message_id = msg.id;
    return { status: 200, body: msg, after: () => this.echo("MESSAGE_CREATE", msg) };
  }

  private editMessage(msg: Json, r: RecordedRequest): void {
    const body = (r.body ?? {}) as Json;
    this.validateMessageBody(body, { create: false, files: r.files.length });
    if ("content" in body) msg.content = body.content ?? "";
    if ("embeds" in body) msg.embeds = body.embeds ?? [];
    if ("components" in body) msg.components = body.components ?? [];
    const uploaded = this.uploadedAttachments(r, msg.channel_id);
    if (Array.isArray(body.attachments)) {
      const keep = new Set((body.attachments as Json[]).map((a) => String(a.id)));
      msg.attachments = [...(msg.attachments as Json[]).filter((a) => keep.has(String(a.id))), ...uploaded];
    } else if (uploaded.length) {
      msg.attachments = [...(msg.attachments as Json[]), ...uploaded];
    }
    if (typeof body.flags === "number")
      msg.flags = (msg.flags & MessageFlag.Ephemeral) | (body.flags & ~MessageFlag.Ephemeral);
    msg.edited_timestamp = isoNow();
  }

  /** The gateway copy of a stored message (guild_id, member, channel_type) for MESSAGE_* echoes. */
  private gatewayMessage(msg: Json): Json {
    const channel = this.findChannel(msg.channel_id);
    const guild = channel?.guild_id ? (this.guilds.find((g) => g.id === channel.guild_id) ?? null) : null;
    const out: Json = { ...msg, channel_type: channel?.type ?? ChannelType.GuildText };
    if (guild) {
      out.guild_id = guild.id;
      const member = guild.members.find((m) => m.user.id === msg.author?.id);
      if (member && !msg.webhook_id) out.member = partialMember(member);
    }
    return out;
  }

  private echo(t: "MESSAGE_CREATE" | "MESSAGE_UPDATE", msg: Json): void {
    if (!this.options.echoBotMessages || (msg.flags ?? 0) & MessageFlag.Ephemeral) return;
    this.dispatch(t, this.gatewayMessage(msg));
  }

  private echoDelete(msg: Json): void {
    if (!this.options.echoBotMessages || (msg.flags ?? 0) & MessageFlag.Ephemeral) return;
    const g = this.gatewayMessage(msg);
    this.dispatch("MESSAGE_DELETE", {
      id: msg.id,
      channel_id: msg.channel_id,
      ...(g.guild_id ? { guild_id: g.guild_id } : {}),
    });
  }

  private interactionMessage(
    it: InteractionRecord,
    data: Json,
    files: Json[],
    loading: boolean,
    original: boolean,
  ): Json {
    const appCommandType =
      it.type === InteractionType.ApplicationCommand
        ? it.payload.data?.type === ApplicationCommandType.ChatInput
          ? MessageType.ChatInputCommand
          : MessageType.ContextMenuCommand
        : MessageType.Default;
    const ephemeral = ((data.flags ?? 0) & MessageFlag.Ephemeral) !== 0;
    const guild = it.guildId ? (this.guilds.find((g) => g.id === it.guildId) ?? null) : null;
    return messagePayload({
      channelId: it.channelId,
      author: this.bot,
      content: loading ? "" : (data.content ?? ""),
      embeds: loading ? [] : (data.embeds ?? []),
      components: loading ? [] : (data.components ?? []),
      attachments: loading ? [] : files,
      flags:
        (ephemeral ? MessageFlag.Ephemeral : 0) |
        (loading ? MessageFlag.Loading : 0) |
        ((data.flags ?? 0) & (MessageFlag.SuppressNotifications | (1 << 2) | (1 << 15))),
      type: original ? appCommandType : MessageType.Default,
      mentions: loading ? [] : this.mentionsIn(data.content ?? "", guild),
      webhookId: this.applicationId,
      applicationId: this.applicationId,
      interactionMetadata: {
        id: it.id,
        type: it.type,
        user: it.user,
        authorizing_integration_owners: it.payload.authorizing_integration_owners ?? {},
        ...(it.payload.data?.name ? { name: it.payload.data.name } : {}),
      },
    });
  }

  private interactionCallback(r: RecordedRequest, id: string, token: string): RouteResult {
    const it = this.interactions.get(id);
    if (!it || it.token !== token)
      throw new ApiError(404, ErrorCode.UnknownInteraction, "Unknown interaction");
    const deadline = this.options.interactionAckDeadlineMs;
    if (deadline != null && Date.now() - it.createdAt > deadline)
      throw new ApiError(404, ErrorCode.UnknownInteraction, "Unknown interaction");
    if (it.acknowledged)
      throw new ApiError(
        400,
        ErrorCode.InteractionAlreadyAcknowledged,
        "Interaction has already been acknowledged.",
      );
    const body = (r.body ?? {}) as Json;
    const type = body.type;
    const allowed: Record<number, number[]> = {
      [InteractionType.Ping]: [InteractionCallbackType.Pong],
      [InteractionType.ApplicationCommand]: [4, 5, 9, 12],
      [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
      [InteractionType.ApplicationCommandAutocomplete]: [8],
      [InteractionType.ModalSubmit]: [4, 5, 6, 7],
    };
    if (typeof type !== "number" || !(allowed[it.type] ?? []).includes(type)) {
      throw formError(
        "type",
        "INTERACTION_RESPONSE_TYPE_INVALID",
        `Interaction response type ${String(type)} is invalid for interaction type ${it.type}`,
      );
    }
    const data = (body.data ?? {}) as Json;
    let message: Json | null = null;
    let after: (() => void) | undefined;
    switch (type) {
      case InteractionCallbackType.ChannelMessageWithSource: {
        this.validateMessageBody(data, { create: true, files: r.files.length, path: "data" });
        message = this.interactionMessage(it, data, this.uploadedAttachments(r, it.channelId), false, true);
        break;
      }
      case InteractionCallbackType.DeferredChannelMessageWithSource:
        message = this.interactionMessage(it, data, [], true, true);
        break;
      case InteractionCallbackType.DeferredUpdateMessage:
        it.originalId = it.payload.message?.id ?? null;
        break;
      case InteractionCallbackType.UpdateMessage: {
        const source = it.payload.message?.id ? this.messages.get(it.payload.message.id) : undefined;
        if (!source) throw new ApiError(404, ErrorCode.UnknownMessage, "Unknown Message");
        this.editMessage(source, { ...r, body: data });
        it.originalId = source.id;
        message = source;
        after = () => this.echo("MESSAGE_UPDATE", source);
        break;
      }
      case InteractionCallbackType.ApplicationCommandAutocompleteResult: {
        const choices = data.choices;
        if (!Array.isArray(choices))
          throw formError("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
        if (choices.length > 25)
          throw formError("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        (choices as Json[]).forEach((c, i) => {
          if (typeof c.name !== "string" || c.name.length < 1 || c.name.length > 100) {
            throw formError(
              `data.choices.${i}.name`,
              "BASE_TYPE_BAD_LENGTH",
              "Must be between 1 and 100 in length.",
            );
          }
          if (c.value === undefined || (typeof c.value === "string" && c.value.length > 100)) {
            throw formError(
              `data.choices.${i}.value`,
              "BASE_TYPE_BAD_LENGTH",
              "Must be between 1 and 100 in length.",
            );
          }
        });
        break;
      }
      case InteractionCallbackType.Modal: {
        if (
          typeof data.custom_id !== "string" ||
          typeof data.title !== "string" ||
          !Array.isArray(data.components)
        ) {
          throw formError("data", "BASE_TYPE_REQUIRED", "custom_id, title and components are required");
        }
        break;
      }
      default:
        break;
    }
    if (
      message &&
      (type === InteractionCallbackType.ChannelMessageWithSource ||
        type === InteractionCallbackType.DeferredChannelMessageWithSource)
    ) {
      this.messages.set(message.id, message);
      it.originalId = message.id;
      const created = message;
      after = () => this.echo("MESSAGE_CREATE", created);
    }
    it.acknowledged = true;
    it.callbackType = type;
    it.callbackBody = body;

    if (r.query.with_response === "true") {
      const resourceMessage = message;
      return {
        status: 200,
        body: {
          interaction: {
            id: it.id,
            type: it.type,
            ...(resourceMessage
              ? {
                  response_message_id: resourceMessage.id,
                  response_message_loading: ((resourceMessage.flags ?? 0) & MessageFlag.Loading) !== 0,
                  response_message_ephemeral: ((resourceMessage.flags ?? 0) & MessageFlag.Ephemeral) !== 0,
                }
              : {}),
          },
          resource: { type, ...(resourceMessage ? { message: resourceMessage } : {}) },
        },
        after,
      };
    }
    return { status: 204, after };
  }

  private interactionForWebhook(app: string, token: string): InteractionRecord {
    const it = this.interactionsByToken.get(token);
    if (!it || app !== this.applicationId || !it.acknowledged)
      throw new ApiError(404, ErrorCode.UnknownWebhook, "Unknown Webhook");
    return it;
  }

  private webhookMessage(
    app: string,
    token: string,
    messageId: string,
  ): { it: InteractionRecord; msg: Json } {
    const it = this.interactionForWebhook(app, token);
    const id =
      messageId === "@original"
        ? it.originalId
        : it.followupIds.includes(messageId) || messageId === it.originalId
          ? messageId
          : null;
    const msg = id ? this.messages.get(id) : undefined;
    if (!msg) throw new ApiError(404, ErrorCode.UnknownMessage, "Unknown Message");
    return { it, msg };
  }

  private followup(r: RecordedRequest, app: string, token: string): RouteResult {
    const it = this.interactionForWebhook(app, token);
    const body = (r.body ?? {}) as Json;
    this.validateMessageBody(body, { create: true, files: r.files.length });
    const msg = this.interactionMessage(it, body, this.uploadedAttachments(r, it.channelId), false, false);
    this.messages.set(msg.id, msg);
    it.followupIds.push(msg.id);
    const after = () => this.echo("MESSAGE_CREATE", msg);
    return r.query.wait === "false" ? { status: 204, after } : { status: 200, body: msg, after };
  }
}

/** Start a stand-in on 127.0.0.1 (random port). */
export async function startDiscordStandin(options: StandinOptions = {}): Promise<DiscordStandin> {
  const standin = new DiscordStandin(options);
  await standin.listen();
  return standin;
}

export {
  ALL_PERMISSIONS,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  DEFAULT_EVERYONE_PERMISSIONS,
  GatewayOp,
  InteractionCallbackType,
  InteractionType,
  Intents,
  MessageFlag,
  OptionType,
  Permissions,
} from "./constants.js";
export { snowflake, snowflakeTimestamp } from "./snowflake.js";
