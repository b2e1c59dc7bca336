// What a count counts, read from the grammar of the noun phrase after its number (count-nouns.ts),
// for nouns the unit list does not hold. Sentences are made up in the series' style.
import { describe, expect, it } from "vitest";
import { entriesOfSentence } from "../support/knowledge.js";

const read = entriesOfSentence;

describe("the counted noun of a figure, from its noun phrase", () => {
  it("is the head noun after the number, whatever noun it is, and not a listed noun further on", () => {
    const e = read(
      "The county trained 7,200 herders from poor households and sent 340 vets to the villages.",
    );
    expect(e.get("7-200-herders-from-poor-households")).toMatchObject({
      unit: "herders",
      written: "7,200 herders",
    });
    expect(e.get("340")).toMatchObject({ unit: "vets", written: "340 vets" });
  });

  it("reads a hyphened modifier as one word, reaching the head noun of a long phrase", () => {
    const e = [
      ...read("The city certified 75 county-level rural tourism demonstration villages last year.").values(),
    ];
    expect(e.find((x) => x.kind === "count" && "value" in x && x.value === 75)).toMatchObject({
      unit: "villages",
    });
  });

  it("takes no possessive for the counted noun: it modifies the head after it", () => {
    const e = [
      ...read(
        "The province supported 312 leading enterprises and 1,846 farmers’ professional cooperatives.",
      ).values(),
    ];
    expect(e.find((x) => x.kind === "count" && "value" in x && x.value === 1846)).toMatchObject({
      unit: "cooperatives",
    });
  });

  it("does not take the unit of the next figure across a comma", () => {
    const e = read("Farmers raised 2.6 million ducks, and planted 9,000 hectares of walnut trees.");
    expect(e.get("2-6-million")).toMatchObject({ unit: "ducks", written: "2.6 million ducks" });
  });

  it("reads a measure word with 'of', joined nouns, and modifiers a tagger calls verbs", () => {
    const e = read("Poor households raised 4,100 head of cattle and 9,300 yaks and goats in 2012.");
    expect(e.get("4-100")?.unit).toBe("head of cattle");
    expect(e.get("9-300")?.unit).toBe("yaks and goats");
  });

  it("leaves 'last year' and a bare number alone, and a figure an annotation names", () => {
    const e = read("The county had 7,100 last year.");
    expect(e.get("7-100")?.unit).toBe("items");
    const curated = read("The county sent 340 vets to help.", (id) => id.endsWith(":340"));
    expect(curated.get("340")?.unit).toBe("items");
  });

  it("keeps the id of the first reading, so annotations written against it still apply", () => {
    const e = read("In 2012, 1,150 surgeons were sent from county hospitals to the key counties.");
    expect(e.get("1-150-surgeons-were-sent-from-county-hospitals")).toMatchObject({
      unit: "surgeons",
      written: "1,150 surgeons",
    });
  });
});

describe("labels", () => {
  it("drop a closing 'during the year': the figure carries its year", () => {
    const e = read("The office received 410 petitions and letters during the year.");
    expect(e.get("410")?.label).toBe("Petitions and letters received by the office");
  });

  it("read 'N this year, against M last year' as one measure in two years, after a fronted 'this year'", () => {
    const e = read("This year the county trained 9,400 herders, against 8,100 last year.");
    expect(e.get("9-400")).toMatchObject({ label: "Herders trained by the county", year: 2012 });
    expect(e.get("8-100")).toMatchObject({
      label: "Herders trained by the county",
      year: 2011,
      unit: "herders",
    });
  });
});

describe("a verb several numbers of a list share is no participle of a counted noun", () => {
  it("reads '48,300 received training' as the number and its verb when '97,600 received …' went before", () => {
    const e = read(
      "Of the trainees, 52,100 received vocational skills training for labour transfer, 31,400 received training in practical farming techniques, and 9,800 were children of poor families.",
    );
    const part = [...e.values()].find((x) => x.written.startsWith("31,400"));
    expect(part?.written).toBe("31,400");
    expect(part?.label).toContain("practical farming techniques");
  });

  it("still reads a participle before a noun as its modifier with no such list ('1,200 trained farmers')", () => {
    const e = read("The county sent 1,200 trained farmers to the villages.");
    expect([...e.values()].find((x) => x.written.startsWith("1,200"))?.written).toBe("1,200 trained farmers");
  });
});
