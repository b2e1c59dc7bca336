// The "Chart" button under an answer whose figure is the total of a breakdown. Its own module
// because two layers use it: asking.ts puts it under answers, and the /chart command answers its
// click; neither should import the other.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import { chartForEntry } from "../../charts/index.js";
import type { KnowledgeBase } from "../../knowledge/load.js";
import { BUTTON_CUSTOM_ID_MAX, CHOICE_VALUE_MAX } from "./limits.js";
import type { Locale } from "./locales/index.js";

export const CHART_BUTTON_PREFIX = "chart";
/** A chart button's custom_id: `chart:<groupId>`, validated on click. */
export const CHART_CUSTOM_ID = /^chart:([a-z0-9][a-z0-9-]*)$/;

const chartCustomId = (groupId: string) => `${CHART_BUTTON_PREFIX}:${groupId}`;

/** Groups whose id can be both a choice value and a button's custom_id. */
export const usableChartId = (id: string) =>
  id.length <= CHOICE_VALUE_MAX &&
  chartCustomId(id).length <= BUTTON_CUSTOM_ID_MAX &&
  CHART_CUSTOM_ID.test(chartCustomId(id));

/** The "Chart" button under an answer whose figure (its first citation) is the total of a group; none otherwise. */
export function chartButtonRows(
  kb: KnowledgeBase,
  entryId: string | null | undefined,
  t: Locale,
): ActionRowBuilder<ButtonBuilder>[] {
  const group = entryId ? chartForEntry(entryId, kb) : undefined;
  if (!group || !usableChartId(group.id)) return [];
  return [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(chartCustomId(group.id))
        .setLabel(t.chartButton)
        .setStyle(ButtonStyle.Secondary)
        .setEmoji("📊"),
    ),
  ];
}
