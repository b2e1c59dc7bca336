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

export function createBotContext(o: ContextOptions): BotContext {
  const metrics = o.metrics ?? createMetrics(knowledgeMetricsSource(o.store));
  const now = o.now ?? Date.now;
  const interval = (o.config.KNOWLEDGE_CHECK_SECONDS ?? DEFAULT_KNOWLEDGE_CHECK_SECONDS) * 1000;
  const knowledge =
    o.store.dir && interval > 0
      ? createKnowledgeWatch({
          store: o.store,
          dir: o.store.dir,
          intervalMs: interval,
          logger: o.logger,
          now,
          onReload: (outcome) => metrics.knowledgeReloads.inc({ outcome }),
        })
      : NO_WATCH;
  // Whatever changes the loaded knowledge (a /refresh here, a shard broadcast) makes the folder as it is now the loaded one.
  o.store.onChange?.(() => knowledge.markCurrent());
  return {
    store: o.store,
    logger: o.logger,
    config: { MODERATOR_ROLE_IDS: o.config.MODERATOR_ROLE_IDS },
    broadcastReload: o.broadcastReload ?? (async () => {}),
    metrics,
    cooldown: createCooldown(o.config.ASK_COOLDOWN_SECONDS ?? DEFAULT_ASK_COOLDOWN_SECONDS, { now }),
    knowledge,
    botUserId: o.botUserId ?? (() => null),
  };
}
