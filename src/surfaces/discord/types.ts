// What the Discord surface needs from the rest of the program. The knowledge store
// (src/knowledge/store.ts) satisfies KnowledgeSource structurally; handlers receive a BotContext.
import type {
  AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Logger } from "pino";
import type { Engine } from "../../answering/engine.js";
import type { BotConfig } from "../../config/bot.js";

export type CountDiff = { before: number; after: number };

export type RefreshResult =
  | {
      ok: true;
      action: string;
      version: string;
      previousVersion: string | null;
      diff: {
        reports: CountDiff;
        sections: CountDiff;
        entries: CountDiff & { added: string[]; removed: string[]; changed: string[] };
      };
      saved: string[];
    }
  | { ok: false; action: string; errors: string[] };

export type Upload = { filename: string; contentType: string; data: Buffer };

/** The knowledge store as the bot sees it: always answer with `engine` as it is now. */
export interface KnowledgeSource {
  readonly engine: Engine;
  readonly version: string;
  reload(): RefreshResult | Promise<RefreshResult>;
  applyUpload(upload: Upload): RefreshResult | Promise<RefreshResult>;
  rollback(): RefreshResult | Promise<RefreshResult>;
}

export type BotContext = {
  readonly store: KnowledgeSource;
  readonly logger: Logger;
  readonly config: Pick<BotConfig, "MODERATOR_ROLE_IDS">;
  /** After a successful change: make every other shard reload (no-op when not sharded). */
  readonly broadcastReload: () => Promise<void>;
};

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export type CommandModule = {
  data: RESTPostAPIApplicationCommandsJSONBody;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  execute(interaction: any, ctx: BotContext): Promise<unknown>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<unknown>;
  /** Buttons whose custom_id starts with `<buttonPrefix>:` are routed to `button`. */
  buttonPrefix?: string;
  button?(interaction: ButtonInteraction, ctx: BotContext): Promise<unknown>;
};
