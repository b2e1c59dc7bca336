// Discord's limits in one place (https://discord.com/developers/docs/resources/message#embed-object-embed-limits,
// interactions docs): replies are built against these, never against literals scattered in handlers.
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FOOTER_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** All text of all embeds in one message together. */
export const EMBED_TOTAL_MAX = 6000;
export const MESSAGE_CONTENT_MAX = 2000;

export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;
export const COMMAND_NAME_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 100;
export const OPTION_STRING_MAX = 6000;

export const BUTTON_CUSTOM_ID_MAX = 100;
/** Bots may upload up to this many bytes per file without boosts. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** An attachment's description (alt text). */
export const ATTACHMENT_DESCRIPTION_MAX = 1024;
