// /section name: (autocomplete over titles) -> summary + every figure, paged with buttons
// whose custom_id is `section:<reportId>:<sectionIndex>:<page>` (validated on click).
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type EmbedBuilder } from "discord.js";
import type { Section } from "../../../knowledge/schema.js";
import { sectionPages } from "../embeds.js";
import { BUTTON_CUSTOM_ID_MAX } from "../limits.js";
import { localeFor, type Locale } from "../locales/index.js";
import { findSection, sectionChoices } from "../lookup.js";
import { choices, ephemeralText, reply, update, type BodyParts } from "../response.js";
import type { CommandModule } from "../types.js";
import { SECTION } from "./definitions.js";

const SECTION_BUTTON_PREFIX = "section";
const CUSTOM_ID = /^section:([a-z0-9][a-z0-9-]*):(\d{1,4}):(\d{1,4})$/;

const sectionCustomId = (s: Section, page: number) =>
  `${SECTION_BUTTON_PREFIX}:${s.report}:${s.index}:${page}`;

/** Page `p` (0 ≤ p < pages.length) of a section's pages, with Previous/Next when there are several. */
function pageMessage(section: Section, pages: EmbedBuilder[], p: number, t: Locale): BodyParts {
  const components: ActionRowBuilder<ButtonBuilder>[] = [];
  if (pages.length > 1) {
    const prevId = sectionCustomId(section, p - 1);
    const nextId = sectionCustomId(section, p + 1);
    if (prevId.length > BUTTON_CUSTOM_ID_MAX || nextId.length > BUTTON_CUSTOM_ID_MAX)
      throw new Error(`custom_id too long for section ${section.report}:${section.index}`);
    components.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(prevId)
          .setLabel(t.previous)
          .setStyle(ButtonStyle.Secondary)
          .setDisabled(p === 0),
        new ButtonBuilder()
          .setCustomId(nextId)
          .setLabel(t.next)
          .setStyle(ButtonStyle.Secondary)
          .setDisabled(p === pages.length - 1),
      ),
    );
  }
  return { embeds: [pages[p]!], components };
}

export default {
  data: SECTION,
  buttonPrefix: SECTION_BUTTON_PREFIX,
  autocomplete(input, ctx) {
    return choices(sectionChoices(ctx.store.engine, input.focused?.value ?? ""));
  },
  execute(input, ctx, { name }) {
    const t = localeFor(input.locale);
    const engine = ctx.store.engine;
    const section = findSection(engine, name);
    if (!section) return ephemeralText(t.unknownSection);
    return reply(pageMessage(section, sectionPages(engine, section, t), 0, t));
  },
  button(input, ctx) {
    const t = localeFor(input.locale);
    const engine = ctx.store.engine;
    const m = CUSTOM_ID.exec(input.customId ?? "");
    const section = m
      ? engine.kb.sections.find((s) => s.report === m[1] && s.index === Number(m[2]))
      : undefined;
    const pages = section ? sectionPages(engine, section, t) : [];
    const page = m ? Number(m[3]) : -1;
    if (!section || page < 0 || page >= pages.length) return ephemeralText(t.staleButton);
    return update(pageMessage(section, pages, page, t));
  },
} satisfies CommandModule<typeof SECTION>;
