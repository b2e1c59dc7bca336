// What the Discord surface needs from the rest of the program. The knowledge store
// (src/knowledge/store.ts) satisfies KnowledgeSource structurally; handlers receive a BotContext
// and a transport-neutral InteractionInput, and return a HandlerResult (see response.ts).
import type { RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import type { Logger } from "pino";
import type { Engine } from "../../answering/engine.js";
import type { AnyArguments, ArgumentsOf } from "./arguments.js";
import type { RefreshResult, Upload } from "../../knowledge/store.js";
import type { BotConfig } from "../../config/bot.js";
import type { KnowledgeWatch } from "../knowledge-watch.js";
import type { BotMetrics } from "../metrics.js";
import type { Cooldown } from "./cooldown.js";
import type { InteractionInput } from "./input.js";
import type { HandlerResult } from "./response.js";

// The store's own result and upload types: copies of them drifted (an upload's content type
// became required here while the store takes null for "not declared").
export type { RefreshResult, Upload } from "../../knowledge/store.js";

/** The knowledge store as the bot sees it: always answer with `engine` as it is now. */
export interface KnowledgeSource {
  readonly engine: Engine;
  readonly version: string;
  /** The knowledge folder, when the source is one: other instances' changes to it are noticed (knowledge-watch.ts). */
  readonly dir?: string;
  reload(): RefreshResult | Promise<RefreshResult>;
  applyUpload(upload: Upload): RefreshResult | Promise<RefreshResult>;
  rollback(): RefreshResult | Promise<RefreshResult>;
  onChange?(listener: (version: string) => void): () => void;
}

export type BotContext = {
  readonly store: KnowledgeSource;
  readonly logger: Logger;
  readonly config: Pick<BotConfig, "MODERATOR_ROLE_IDS">;
  /** After a successful change: make every other shard reload (no-op when not sharded). */
  readonly broadcastReload: () => Promise<void>;
  readonly metrics: BotMetrics;
  /** Per-member cooldown on asking (/ask, mentions, DMs, the context menu). */
  readonly cooldown: Cooldown;
  /** Reloads when another instance changed the shared knowledge folder. */
  readonly knowledge: KnowledgeWatch;
  /** The bot user's id, to strip its mention from questions; null when not known (http mode uses the application id). */
  readonly botUserId: () => string | null;
};

export type Awaitable<T> = T | Promise<T>;

/** A command's definition: the JSON Discord registers (definitions.ts). */
export type CommandData = RESTPostAPIApplicationCommandsJSONBody;

/**
 * A command: its definition and its handlers. Each built-in module `satisfies CommandModule<typeof
 * ITS_DEFINITION>`, so `execute` gets that definition's options typed (arguments.ts); the router
 * holds them as CommandModule, whose arguments are only known to be option values.
 */
export type CommandModule<D extends CommandData = CommandData> = {
  data: D;
  execute(
    input: InteractionInput,
    ctx: BotContext,
    args: CommandData extends D ? AnyArguments : ArgumentsOf<D>,
  ): Awaitable<HandlerResult>;
  autocomplete?(input: InteractionInput, ctx: BotContext): Awaitable<HandlerResult>;
  /** Buttons whose custom_id starts with `<buttonPrefix>:` are routed to `button`. */
  buttonPrefix?: string;
  button?(input: InteractionInput, ctx: BotContext): Awaitable<HandlerResult>;
};
