// A bare amount of an agentless passive is of what the sentence before opens with (label-topic-before.ts).
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { agentlessPassiveVerb } from "../../src/knowledge/label-topic-before.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

function labelsOfSentences(...sentences: string[]): Map<string, string> {
  const raw = [{ title: "S", text: sentences.join(" "), sentences }];
  return new Map(extractEntries(TEST_REPORT_META, raw, []).map((e) => [e.written, e.label]));
}

describe("automatic labels: an amount acted on by an agentless passive", () => {
  it("takes the subject the sentence before opens with", () => {
    const labels = labelsOfSentences(
      "The Asian Development Bank rural roads project (2012-2015) in Anhui covered 80 villages in three counties, with a total investment of 240 million Yuan.",
      "By the end of October, 96.5 million Yuan had been disbursed, 40% of the total investment.",
    );
    expect(labels.get("96.5 million Yuan")).toBe(
      "Funds disbursed for the Asian Development Bank rural roads project in Anhui",
    );
  });

  it("leaves the label alone when the sentence before opens with a time or the region", () => {
    expect(
      labelsOfSentences(
        "In 2012, the province covered 80 villages with the project.",
        "By the end of October, 96.5 million Yuan had been disbursed.",
      ).get("96.5 million Yuan"),
    ).not.toMatch(/ for /);
    expect(
      labelsOfSentences("The province covered 80 villages.", "96.5 million Yuan had been disbursed.").get(
        "96.5 million Yuan",
      ),
    ).not.toMatch(/ for /);
  });
});

describe("agentlessPassiveVerb", () => {
  const verbOf = (s: string, written: string) => agentlessPassiveVerb(s, s.indexOf(written), written);

  it("reads the verb and its particle of a bare subject after at most a time opener", () => {
    expect(
      verbOf("As of the end of December, 58.3 million Yuan had been put in, 12% of it.", "58.3 million Yuan"),
    ).toBe("put in");
    expect(verbOf("12 million Yuan was disbursed.", "12 million Yuan")).toBe("disbursed");
  });

  it("reads nothing when the verb names an agent or an object, or a noun comes before the amount", () => {
    expect(verbOf("12 million Yuan was disbursed by the banks.", "12 million Yuan")).toBeUndefined();
    expect(verbOf("Of the loans, 12 million Yuan was disbursed.", "12 million Yuan")).toBeUndefined();
    expect(verbOf("12 million Yuan was the total.", "12 million Yuan")).toBeUndefined();
  });
});
