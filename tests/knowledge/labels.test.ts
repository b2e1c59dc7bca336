// Rules clauseLabel (src/knowledge/labels.ts) applies itself, through one invented sentence each.
import { describe, expect, it } from "vitest";
import { labelsOf, readSentence } from "../support/one-sentence.js";

describe("clauseLabel: 'X totalling N'", () => {
  it("makes the figure the whole of the noun before the participle, acted on by the clause's verb", () => {
    const l = labelsOf("Special funds totalling 120 million yuan were allocated to the 8 pilot counties.");
    expect(l.get("120 million yuan")).toBe("Special funds allocated (total)");
  });

  it("takes the verb before the noun when the clause is active", () => {
    const l = labelsOf(
      "By the end of December, the mutual aid societies had issued loans totalling 46.2 million yuan.",
    );
    expect(l.get("46.2 million yuan")).toBe("Loans issued by the mutual aid societies (total)");
  });
});

describe("clauseLabel: a share named with no whole, after a percentage of a whole", () => {
  const l = labelsOf(
    "The province planned to allocate no less than 60% of the special poverty alleviation funds to the 20 key counties; the share actually allocated was 66.1%.",
  );

  it("is a share of that whole, with its own participle", () => {
    expect(l.get("66.1%")).toBe("Share of special poverty alleviation funds actually allocated");
  });

  it("keeps the bound written before the planned percentage out of its label", () => {
    expect(l.get("60%")).not.toMatch(/\bless\b/);
  });
});

describe("automatic labels: a count described by a 'with' figure before its own verb", () => {
  it("is the subject of the verb after the 'with' figure", () => {
    const l = labelsOf(
      "In 2012, the province earmarked 418.6 million yuan for relocation, and 12,460 households with 45,380 poor people were moved out.",
    );
    expect(l.get("12,460 households")).toBe("Households moved");
  });
});

describe("automatic labels: a plan in brackets with a bare number", () => {
  it("counts what its result counts", () => {
    const e = readSentence(
      "In 2012, the Rain Plan programme trained 168,000 poor labourers, completing 105 per cent of the annual target (160,000).",
    ).entries.find((x) => x.written === "160,000");
    expect(e?.label).toBe("Annual target for poor labourers trained by the Rain Plan programme");
    expect(e?.unit).toBe("labourers");
  });
});

describe("clauseLabel: a rate set after a comma as 'a/an X of N%'", () => {
  it("restates the clause before it: the rate of that clause's figure, not a thing its verb acted on", () => {
    const l = labelsOf("Of the transfer trainees, 9,120 found non-farm jobs, an employment rate of 86.4%.");
    expect(l.get("86.4%")).toBe("Employment rate of transfer trainees found non-farm jobs");
  });
});
