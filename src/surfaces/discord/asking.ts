// Every way of asking (/ask, the context menu, a mention or DM) goes through askQuestion: the
// per-member cooldown, the answer, and the question metrics, in one place for both transports.
import { performance } from "node:perf_hooks";
import type { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from "discord.js";
import type { QuestionSurface } from "../metrics.js";
import { chartButtonRows } from "./commands/chart.js";
import { answerEmbed } from "./embeds.js";
import { languageOf, localeFor } from "./locales/index.js";
import type { BotContext } from "./types.js";

export type AskOutcome =
  /** `components`: the "Chart" button when the answer's figure is the total of a breakdown, else empty. */
  | { ok: true; embed: EmbedBuilder; components: ActionRowBuilder<ButtonBuilder>[]; answered: boolean }
  /** Refused by the cooldown: `notice` is the polite message; `alreadyTold` if this user got it in this window. */
  | { ok: false; notice: string; retryAfterSeconds: number; alreadyTold: boolean };

/** The language to talk back in: the user's Discord locale, or for messages the question's script. */
export const localeOfQuestion = (question: string) => localeFor(languageOf(null, question));

export function askQuestion(ctx: BotContext, ask: { userId: string; question: string; surface: QuestionSurface; locale?: string | null }): AskOutcome {
  const turn = ctx.cooldown.take(ask.userId);
  if (!turn.ok) {
    ctx.metrics.cooldownRefusals.inc();
    const seconds = Math.max(1, Math.ceil(turn.retryAfterMs / 1000));
    const t = ask.locale ? localeFor(ask.locale) : localeOfQuestion(ask.question);
    return { ok: false, notice: t.cooldown(seconds), retryAfterSeconds: seconds, alreadyTold: turn.alreadyTold };
  }
  const start = performance.now();
  const answer = ctx.store.engine.answer(ask.question);
  const embed = answerEmbed(answer);
  const components = answer.answered ? chartButtonRows(ctx.store.engine.kb, answer.citations[0]?.entryId, localeFor(answer.language)) : [];
  ctx.metrics.answerSeconds.observe((performance.now() - start) / 1000);
  ctx.metrics.questions.inc({ surface: ask.surface, result: answer.answered ? "answered" : "not_answered" });
  return { ok: true, embed, components, answered: answer.answered };
}
