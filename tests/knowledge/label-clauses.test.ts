// A counted noun's own verb after it (src/knowledge/label-clauses.ts activeAfter, subjectModifiers).
import { describe, expect, it } from "vitest";
import { gerundInCompound, verbBefore } from "../../src/knowledge/label-clauses.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf, readSentence } from "../support/one-sentence.js";

describe("activeAfter: 'N cadres at all levels paired up with M households'", () => {
  it("reads the verb with its particle and a figure's noun for its object", () => {
    const l = labelsOf(
      "The action was deepened: a total of 306,000 cadres at all levels paired up with 0.9 million poor households.",
    );
    expect(l.get("306,000 cadres")).toBe("Cadres at all levels that paired up with poor households");
  });

  it("reads 'N enterprises paired with M villages' by its own verb", () => {
    const l = labelsOf("Under the campaign, 1,100 private enterprises paired with 1,000 poor villages.");
    expect(l.get("1,100 private enterprises")).toBe("Private enterprises that paired with poor villages");
  });
});

describe("activeAfter: an idiom's noun stays with its verb", () => {
  it("reads 'took part in' whole", () => {
    const l = labelsOf("About 3,000 people took part in the Poverty Relief Day activities in Wuhan.");
    expect(l.get("3,000 people")).toMatch(/^People that took part in the Poverty Relief Day activities/);
  });
});

describe("LINKING and holdsAt: a subject held at its figure", () => {
  it("labels 'X numbered N' by X alone, counting X's noun", () => {
    const e = readSentence("Member households numbered 12,400.").entries;
    expect(e.find((x) => x.written === "12,400")).toMatchObject({
      label: "Member households",
      unit: "households",
    });
  });

  it("labels 'X stayed at N%' by X alone", () => {
    expect(labelsOf("The repayment rate stayed at 98.6%.").get("98.6%")).toBe("Repayment rate");
  });

  it("keeps the verb when it stayed for a time", () => {
    expect(labelsOf("The work teams stayed for two years.").get("two years")).toMatch(/stayed/);
  });
});

describe("gerundInCompound: an -ing word between two nouns", () => {
  it("is a compound's middle word, not the verb a figure's label is read from", () => {
    const tokens = tagSentence("The county held bamboo weaving classes of 300 person-times.");
    const at = tokens.findIndex((t) => t.text === "weaving");
    expect(gerundInCompound(tokens, at)).toBe(tokens[at]!.pos === "VERB");
    expect(
      verbBefore(
        tokens,
        tokens.findIndex((t) => t.text === "300"),
      ),
    ).toBe(tokens.findIndex((t) => t.text === "held"));
  });
  it("leaves a participle before its figure alone", () => {
    const tokens = tagSentence("Farmers raising 500 pigs earned more.");
    expect(
      gerundInCompound(
        tokens,
        tokens.findIndex((t) => t.text === "raising"),
      ),
    ).toBe(false);
  });
});

describe("subjectModifiers and countBeforeVerb: a partitive 'of' phrase with a compound word", () => {
  it("keeps 'of the part-time workers' with the counted noun, and a 'with' rate describes that subject", () => {
    const l = labelsOf(
      "In 2013, 4,200 people of the part-time workers found stable jobs, with a retention rate of 76.5%.",
    );
    expect(l.get("4,200 people")).toBe("People of the part-time workers that found stable jobs");
    expect(l.get("76.5%")).toBe("Retention rate of people of the part-time workers that found stable jobs");
  });
});

describe("subjectModifiers: an age that bounds the counted group", () => {
  it("keeps 'aged N and above' with the counted noun before its own verb", () => {
    const l = labelsOf(
      "The scheme had 4.2 million members, of which 1.2 million people aged 65 and above drew pensions every month.",
    );
    expect(l.get("1.2 million people")).toBe("People aged 65 and above that drew pensions every month");
  });
});

describe("activeAfter: 'as' before an ordinal is the role's preposition", () => {
  it("reads 'served as first secretaries' as the role the part's verb names", () => {
    const l = labelsOf(
      "The city sent 900 doctors to rural clinics, of which 150 doctors served as first aid trainers.",
    );
    expect(l.get("150 doctors")).toBe("Doctors that served as first aid trainers");
  });
});

describe("verbBefore: 'and the X' joined as a second object", () => {
  it("reaches the verb before 'and the X' when only that phrase and a comma precede the verb", () => {
    const t = tagSentence(
      "35 city bureaus were twinned with the townships and the remote hamlets, donated 4,100 tonnes of grain.",
    );
    const at = t.findIndex((x) => x.text === "donated");
    expect(t[verbBefore(t, at)]?.text).toBe("twinned");
  });

  it("labels the later verb's figure by the first verb's subject", () => {
    const l = labelsOf(
      "35 city bureaus were twinned with the townships and the remote hamlets, donated RMB 41 million of funds and built 260 projects.",
    );
    expect([...l.values()].some((x) => /by city bureaus/.test(x))).toBe(true);
  });

  it("still stops at 'and the X' that is a new clause's subject", () => {
    const t = tagSentence("The county built 40 km of roads and the villagers donated 3,000 workdays.");
    const at = t.findIndex((x) => x.text === "donated");
    expect(verbBefore(t, at)).toBe(-1);
  });
});
