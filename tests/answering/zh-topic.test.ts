// A Chinese question's opening topic (zh-topic.ts): 整村推进项目中，… names the programme the figure
// is of. Figures and questions of our own.
import { describe, expect, it } from "vitest";
import type { RankedEntry } from "../../src/answering/rank.js";
import type { Question } from "../../src/answering/understand.js";
import { chineseTopic, topicFirst } from "../../src/answering/zh-topic.js";
import { sectionKey } from "../../src/knowledge/section-key.js";

const ranked = (id: string, section: string, coverage: number) =>
  ({ entry: { id, report: "r", section }, coverage }) as unknown as RankedEntry;
const asked = (...sections: string[]) =>
  ({ topicSections: new Set(sections.map((s) => sectionKey("r", s))) }) as unknown as Question;

describe("chineseTopic", () => {
  it("reads the opening clause up to its localizer and comma", () => {
    expect(chineseTopic("2012年教育扶贫项目中，省里投了多少钱？")).toBe("2012年教育扶贫项目");
    expect(chineseTopic("易地搬迁方面，中央安排了多少？")).toBe("易地搬迁");
  });

  it("reads a bare opening phrase as the topic when it neither asks nor states a figure", () => {
    expect(chineseTopic("2012年教育扶贫项目，省里一共出了多少钱？")).toBe("2012年教育扶贫项目");
    expect(chineseTopic("教育扶贫项目培训了3000人，比计划多多少？")).toBeUndefined();
    expect(chineseTopic("哪个项目投得多，教育还是搬迁？")).toBeUndefined();
  });

  it("reads no topic without the comma after it", () => {
    expect(chineseTopic("教育扶贫项目中省里投了多少钱？")).toBeUndefined();
  });
});

describe("topicFirst", () => {
  const other = ranked("other", "Loans", 0.58);
  const mine = ranked("mine", "Education", 0.62);
  it("puts the topic's figure first when it covers as much (before: another programme's figure)", () => {
    expect(topicFirst(asked("Education"), [other, mine]).map((r) => r.entry.id)).toEqual(["mine", "other"]);
  });

  it("keeps the ranking when the topic's figure covers less, or no topic is named", () => {
    const weaker = ranked("mine", "Education", 0.4);
    expect(topicFirst(asked("Education"), [other, weaker])[0]!.entry.id).toBe("other");
    expect(topicFirst({} as Question, [other, mine])[0]!.entry.id).toBe("other");
  });
});
