// Every application command as a typed constant (the JSON Discord receives), with zh-CN
// localisations of every name and description (a zh-CN client shows /提问, not /ask). Slash
// command and option names follow Discord's naming rule (lowercase, ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$;
// Han characters are uncased letters); a context-menu name may have spaces and capitals.
// Handlers live apart from definitions (the zh-CN strings name commands from here, and the
// handlers import those strings); each command module pairs one definition with its handlers,
// and deploy-commands registers the definitions of the modules the loader loaded.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";

const zh = (text: string) => ({ "zh-CN": text });
const guildAndDm = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];

export const ASK = {
  name: "ask",
  name_localizations: zh("提问"),
  description: "Ask a question about the report; the answer cites its source",
  description_localizations: zh("就报告提问，回答附出处"),
  contexts: guildAndDm,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      name_localizations: zh("问题"),
      description: "Your question, e.g. How many households were relocated?",
      description_localizations: zh("你的问题，例如：易地扶贫搬迁了多少户？"),
      required: true,
      max_length: 1000,
    },
  ],
} as const satisfies RESTPostAPIApplicationCommandsJSONBody;

// /fact, /section and /chart: one required string option answered by autocomplete. The option's
// name stays a literal type, so the handler's arguments are typed by it (arguments.ts).
function lookupCommand<const Name extends string, const OptionName extends string>(
  name: Name,
  nameZh: string,
  description: string,
  descriptionZh: string,
  option: {
    name: OptionName;
    nameZh: string;
    description: string;
    descriptionZh: string;
    maxLength?: number;
  },
) {
  return {
    name,
    name_localizations: zh(nameZh),
    description,
    description_localizations: zh(descriptionZh),
    contexts: guildAndDm,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: option.name,
        name_localizations: zh(option.nameZh),
        description: option.description,
        description_localizations: zh(option.descriptionZh),
        required: true,
        autocomplete: true,
        ...(option.maxLength ? { max_length: option.maxLength } : {}),
      },
    ],
  } as const satisfies RESTPostAPIApplicationCommandsJSONBody;
}

export const FACT = lookupCommand(
  "fact",
  "查数字",
  "Look up one figure from the report",
  "查询报告中的一个数字",
  {
    name: "figure",
    nameZh: "数字",
    description: "Start typing: a topic, a figure or a section",
    descriptionZh: "输入主题、数字或章节",
  },
);

export const SECTION = lookupCommand(
  "section",
  "章节",
  "Show a section's summary and every figure in it",
  "显示某一章节的摘要和全部数字",
  {
    name: "name",
    nameZh: "章节",
    description: "The section",
    descriptionZh: "章节名称",
  },
);

/** /chart's topic option max_length; a longer topic (a button's, a raw payload's) is cut to it before the fuzzy lookup. */
export const CHART_TOPIC_MAX = 200;

export const CHART = lookupCommand(
  "chart",
  "图表",
  "A bar chart of one of the report's breakdowns, with its figures and sources",
  "报告中某项数据构成的柱状图，附数字和出处",
  {
    name: "topic",
    nameZh: "主题",
    description: "Start typing, e.g. anti-poverty funds by source",
    descriptionZh: "输入主题，例如：扶贫资金来源",
    maxLength: CHART_TOPIC_MAX,
  },
);

export const SECTIONS = {
  name: "sections",
  name_localizations: zh("章节列表"),
  description: "List the report's sections",
  description_localizations: zh("列出报告的所有章节"),
  contexts: guildAndDm,
} as const satisfies RESTPostAPIApplicationCommandsJSONBody;

export const HELP = {
  name: "help",
  name_localizations: zh("帮助"),
  description: "How to use this bot",
  description_localizations: zh("使用说明"),
  contexts: guildAndDm,
} as const satisfies RESTPostAPIApplicationCommandsJSONBody;

export const REFRESH = {
  name: "refresh",
  name_localizations: zh("刷新"),
  description: "Moderators: reload the report data, upload a correction, or roll back",
  description_localizations: zh("管理员：重新加载报告数据、上传更正或回滚"),
  // Manage Server by default; the handler checks again because server admins can change this.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      type: ApplicationCommandOptionType.Attachment,
      name: "file",
      name_localizations: zh("文件"),
      description: "A report bundle (meta + text) or a facts file, as JSON",
      description_localizations: zh("报告包（元数据+正文）或事实文件（JSON）"),
      required: false,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "rollback",
      name_localizations: zh("回滚"),
      description: "Return to the previous version of the data",
      description_localizations: zh("恢复到上一版本的数据"),
      required: false,
    },
    {
      // The store refuses an upload that repeats a loaded report under another id unless confirmed.
      type: ApplicationCommandOptionType.Boolean,
      name: "confirm_duplicate",
      name_localizations: zh("确认重复"),
      description:
        "Keep an upload that repeats a loaded report (same region, year and text) under another id",
      description_localizations: zh("保留与已加载报告重复（地区、年份和正文相同）但编号不同的上传"),
      required: false,
    },
  ],
} as const satisfies RESTPostAPIApplicationCommandsJSONBody;

export const ASK_MESSAGE = {
  name: "Ask the report",
  name_localizations: zh("向报告提问"),
  type: ApplicationCommandType.Message,
  contexts: guildAndDm,
} as const satisfies RESTPostAPIApplicationCommandsJSONBody;
