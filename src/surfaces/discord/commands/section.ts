// /section name: (autocomplete over titles) -> summary + every figure, paged with buttons
// whose custom_id is `section:<reportId>:<sectionIndex>:<page>` (validated on click).
import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, type AutocompleteInteraction, type ButtonInteraction,
  type ChatInputCommandInteraction,
} from "discord.js";
import type { Engine } from "../../../answering/engine.js";
import type { Section } from "../../../knowledge/schema.js";
import { sectionPages } from "../embeds.js";
import { BUTTON_CUSTOM_ID_MAX } from "../limits.js";
import { localeFor, type Locale } from "../locales/index.js";
import { findSection, sectionChoices } from "../lookup.js";
import { NO_MENTIONS, textReply } from "../reply.js";
import type { BotContext } from "../types.js";
import { SECTION } from "./definitions.js";

export const SECTION_BUTTON_PREFIX = "section";
const CUSTOM_ID = /^section:([a-z0-9][a-z0-9-]*):(\d{1,4}):(\d{1,4})$/;

export const sectionCustomId = (s: Section, page: number) => `${SECTION_BUTTON_PREFIX}:${s.report}:${s.index}:${page}`;

function pageMessage(engine: Engine, section: Section, page: number, t: Locale) {
  const pages = sectionPages(engine, section, t);
  const p = Math.min(Math.max(0, page), pages.length - 1);
  const components: ActionRowBuilder<ButtonBuilder>[] = [];
  if (pages.length > 1) {
    const prevId = sectionCustomId(section, p - 1);
    const nextId = sectionCustomId(section, p + 1);
    if (prevId.length > BUTTON_CUSTOM_ID_MAX || nextId.length > BUTTON_CUSTOM_ID_MAX) throw new Error(`custom_id too long for section ${section.report}:${section.index}`);
    components.push(new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(prevId).setLabel(t.previous).setStyle(ButtonStyle.Secondary).setDisabled(p === 0),
      new ButtonBuilder().setCustomId(nextId).setLabel(t.next).setStyle(ButtonStyle.Secondary).setDisabled(p === pages.length - 1),
    ));
  }
  return { embeds: [pages[p]!], components, allowedMentions: NO_MENTIONS };
}

export default {
  data: SECTION,
  buttonPrefix: SECTION_BUTTON_PREFIX,
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    await interaction.respond(sectionChoices(ctx.store.engine, String(interaction.options.getFocused())));
  },
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const t = localeFor(interaction.locale);
    const engine = ctx.store.engine;
    const section = findSection(engine, interaction.options.getString("name", true));
    if (!section) return interaction.reply(textReply(t.unknownSection));
    await interaction.reply(pageMessage(engine, section, 0, t));
  },
  async button(interaction: ButtonInteraction, ctx: BotContext) {
    const t = localeFor(interaction.locale);
    const engine = ctx.store.engine;
    const m = CUSTOM_ID.exec(interaction.customId);
    const section = m ? engine.kb.sections.find((s) => s.report === m[1] && s.index === Number(m[2])) : undefined;
    const page = m ? Number(m[3]) : -1;
    if (!section || page < 0 || page >= sectionPages(engine, section, t).length) return interaction.reply(textReply(t.staleButton));
    await interaction.update(pageMessage(engine, section, page, t));
  },
};
