// Builds the BotContext every handler receives, the same in both transports: metrics, the
// per-member cooldown and the watch on the shared knowledge folder.
import type { Logger } from "pino";
import {
  DEFAULT_ASK_COOLDOWN_SECONDS,
  DEFAULT_KNOWLEDGE_CHECK_SECONDS,
  type BotConfig,
} from "../../config/bot.js";
import { createKnowledgeWatch, type KnowledgeWatch } from "../knowledge-watch.js";
import { createMetrics, type BotMetrics } from "../metrics.js";
import { createCooldown } from "./cooldown.js";
import type { BotContext, KnowledgeSource } from "./types.js";

/** The cooldown and the knowledge check default as in the environment (config/bot.ts). */
export type ContextConfig = Pick<BotConfig, "MODERATOR_ROLE_IDS"> &
  Partial<Pick<BotConfig, "ASK_COOLDOWN_SECONDS" | "KNOWLEDGE_CHECK_SECONDS">>;

export type ContextOptions = {
  store: KnowledgeSource;
  logger: Logger;
  config: ContextConfig;
  metrics?: BotMetrics;
  broadcastReload?: () => Promise<void>;
  botUserId?: () => string | null;
  /** The clock of the cooldown and the knowledge checks (tests move it). */
  now?: () => number;
};

const NO_WATCH: KnowledgeWatch = { async ensureFresh() {}, markCurrent() {} };

export function knowledgeMetricsSource(store: KnowledgeSource) {
  return () => ({ version: store.version, entries: store.engine.kb.entries.length });
}

export function createBotContext(options: ContextOptions): BotContext {
  const metrics = options.metrics ?? createMetrics(knowledgeMetricsSource(options.store));
  const now = options.now ?? Date.now;
  const interval = (options.config.KNOWLEDGE_CHECK_SECONDS ?? DEFAULT_KNOWLEDGE_CHECK_SECONDS) * 1000;
  const knowledge =
    options.store.dir && interval > 0
      ? createKnowledgeWatch({
          store: options.store,
          dir: options.store.dir,
          intervalMs: interval,
          logger: options.logger,
          now,
          onReload: (outcome) => metrics.knowledgeReloads.inc({ outcome }),
        })
      : NO_WATCH;
  // Whatever changes the loaded knowledge (a /refresh here, a shard broadcast) makes the folder as it is now the loaded one.
  options.store.onChange?.(() => knowledge.markCurrent());
  return {
    store: options.store,
    logger: options.logger,
    config: { MODERATOR_ROLE_IDS: options.config.MODERATOR_ROLE_IDS },
    broadcastReload: options.broadcastReload ?? (async () => {}),
    metrics,
    cooldown: createCooldown(options.config.ASK_COOLDOWN_SECONDS ?? DEFAULT_ASK_COOLDOWN_SECONDS, { now }),
    knowledge,
    botUserId: options.botUserId ?? (() => null),
  };
}
