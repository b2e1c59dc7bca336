// Chinese (zh-CN) strings of the Discord surface: the same shape as en.ts.
import { ASK, ASK_MESSAGE, CHART, FACT, REFRESH, SECTION, SECTIONS } from "../commands/definitions.js";
import type { Locale } from "./en.js";

// Commands as a zh-CN client shows them (their zh-CN names), taken from the definitions so the help
// can never name a command differently from the menu.
const zh = (c: { name_localizations: { "zh-CN": string } }) => c.name_localizations["zh-CN"];
const slash = (c: { name_localizations: { "zh-CN": string } }) => `/${zh(c)}`;

export const zhCN: Locale = {
  lang: "zh",
  colon: "：",
  noAnswerTitle: "报告中没有答案",
  passageTitle: "报告原文",
  verdictYes: "是",
  verdictNo: "否",
  listTitle: "报告中的名称",
  noAnswerLine: "报告中找不到这个问题的答案。",
  tryInstead: "报告涉及的相关主题",
  arithmetic: "计算",
  source: "出处",
  notes: "说明",
  alsoClose: "相近的数字",
  quoteLabel: "原文",
  runnerUp: (figure, label, section) => `${figure} —— ${label}（${section}）`,
  sectionCited: (title, english) => `${title}（${english}）`,
  emptyQuestion: "请就报告提问，例如：“易地扶贫搬迁了多少户？”",
  unknownFigure: "未知的数字：请在输入时从建议中选择。",
  unknownSection: "未知的章节：请在输入时从建议中选择。",
  staleButton: `此页面已失效，请重新运行 ${slash(SECTION)}。`,
  sectionsTitle: "报告章节",
  figuresInSection: "数字",
  noFigures: "本章节没有数字。",
  page: (n, of) => `第 ${n} / ${of} 页`,
  chartButton: "图表",
  unknownChart: (available) => `没有与该主题对应的图表。请在输入时从建议中选择，例如：\n${available}`,
  staleChart: `此图表已失效，请重新运行 ${slash(CHART)}。`,
  chartGapTitle: "各部分之和与所述总额不符",
  chartGap: (gap, percent, sum, total) =>
    `所列各部分合计${sum}，报告所述总额为${total}，差额${gap}（${percent}%），图中以橙色显示。`,
  chartExcess: (gap, percent, sum, total) =>
    `所列各部分合计${sum}，超出报告所述总额${total}，差额${gap}（${percent}%），图中以橙色显示。`,
  previous: "上一页",
  next: "下一页",
  apology: "抱歉，回答时出错了，请重试。",
  cooldown: (seconds) => `感谢提问！请再等 ${seconds} 秒后再提下一个问题。`,
  refreshRefused: "只有管理员（管理服务器权限或管理员角色）才能刷新报告数据。",
  refreshTooLarge: (max) => `文件过大（上限 ${max} 字节）。`,
  refreshDownloadFailed: "无法下载附件。",
  refreshDone: (action) => `刷新（${action}）成功`,
  refreshFailed: (action) => `刷新（${action}）失败；机器人继续使用原有数据`,
  counts: "数量（之前 → 之后）",
  countLine: (what, before, after) =>
    `${{ reports: "报告", sections: "部分", entries: "数字" }[what]}：${before} → ${after}`,
  changes: "条目",
  entryChanges: (added, removed, changed) => `新增 ${added} · 删除 ${removed} · 更改 ${changed}`,
  version: "版本",
  errors: "错误",
  reportName: (region, year, title, id) => `${region} ${year} · ${title}（${id}）`,
  reportAdded: (name) => `新增：${name}`,
  reportChanged: (name) => `更改：${name}`,
  reportsRemoved: "已移除的报告",
  newFigures: (count, labels, more) =>
    count === 0
      ? "新数字：无"
      : `新数字：${count} 个${labels ? ` —— ${labels}` : ""}${more > 0 ? `；另有 ${more} 个` : ""}`,
  auditPassed: (checks) => (checks === 0 ? "核对：没有可核对的总额与分项" : `核对：${checks} 项，全部相符`),
  auditFailed: (checks, failed) => `核对：${checks} 项中有 ${failed} 项不相符：`,
  unlabelled: (count, figures, more) =>
    `未能生成标签的数字（只能以数字本身命名）：${count} 个 —— ${figures}${more > 0 ? `；另有 ${more} 个` : ""}`,
  skippedReports: "磁盘上未启用的报告",
  reportWarnings: "警告",
  helpTitle: "报告机器人",
  help: [
    "我根据报告回答问题，给出准确的数字并引用其出处原句。",
    "",
    "• 在频道中 **@我** 并提问。",
    "• **私信**我你的问题。",
    `• **${slash(ASK)}** \`${zh(ASK.options[0])}\` —— 附出处的回答。`,
    `• **${slash(FACT)}** \`${zh(FACT.options[0])}\` —— 查询一个数字（输入时有建议）。`,
    `• **${slash(SECTION)}** \`${zh(SECTION.options[0])}\` —— 章节摘要及其全部数字；**${slash(SECTIONS)}** 列出所有章节。`,
    `• **${slash(CHART)}** \`${zh(CHART.options[0])}\` —— 某项数据构成的柱状图（如资金来源、计划与完成），附数字和出处。`,
    `• **${zh(ASK_MESSAGE)}** —— 右键消息 → 应用 → ${zh(ASK_MESSAGE)}。`,
    `• **${slash(REFRESH)}** —— 管理员：重新加载、上传更正或回滚。`,
  ].join("\n"),
};
