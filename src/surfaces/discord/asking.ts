// Every way of asking (/ask, the context menu, a mention or DM) goes through askQuestion: the
// per-member cooldown, the answer, and the question metrics, in one place for both transports.
import { performance } from "node:perf_hooks";
import type { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from "discord.js";
import type { QuestionSurface } from "../metrics.js";
import { chartButtonRows } from "./chart-button.js";
import { answerEmbed } from "./embeds.js";
import { languageOf, localeFor } from "./locales/index.js";
import { ephemeralText, reply, type HandlerResult } from "./response.js";
import type { BotContext } from "./types.js";

export type AskOutcome =
  /** The reply: the answer's embed, and the "Chart" button when its figure is the total of a breakdown. */
  | { ok: true; message: { embeds: [EmbedBuilder]; components?: ActionRowBuilder<ButtonBuilder>[] } }
  /** Refused by the cooldown: `notice` is the polite message; `alreadyTold` if this user got it in this window. */
  | { ok: false; notice: string; alreadyTold: boolean };

/** The language to talk back in: the user's Discord locale, or for messages the question's script. */
export const localeOfQuestion = (question: string) => localeFor(languageOf(null, question));

export function askQuestion(
  ctx: BotContext,
  ask: { userId: string; question: string; surface: QuestionSurface; locale?: string | null },
): AskOutcome {
  const turn = ctx.cooldown.take(ask.userId);
  if (!turn.ok) {
    ctx.metrics.cooldownRefusals.inc();
    const seconds = Math.max(1, Math.ceil(turn.retryAfterMs / 1000));
    const t = ask.locale ? localeFor(ask.locale) : localeOfQuestion(ask.question);
    return { ok: false, notice: t.cooldown(seconds), alreadyTold: turn.alreadyTold };
  }
  const start = performance.now();
  const answer = ctx.store.engine.answer(ask.question);
  const embed = answerEmbed(answer);
  const components = answer.answered
    ? chartButtonRows(ctx.store.engine.kb, answer.citations[0]?.entryId, localeFor(answer.language))
    : [];
  ctx.metrics.answerSeconds.observe((performance.now() - start) / 1000);
  ctx.metrics.questions.inc({ surface: ask.surface, result: answer.answered ? "answered" : "not_answered" });
  return { ok: true, message: { embeds: [embed], ...(components.length ? { components } : {}) } };
}

/** /ask and the context menu: the answer as a reply, or the cooldown notice only the asker sees. */
export function askReply(ctx: BotContext, ask: Parameters<typeof askQuestion>[1]): HandlerResult {
  const outcome = askQuestion(ctx, ask);
  return outcome.ok ? reply(outcome.message) : ephemeralText(outcome.notice);
}
