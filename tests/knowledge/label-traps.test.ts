// Invented sentences in the translation styles of the series, each with every figure the knowledge
// layer reads from it: as written, its exact label, value and unit, and year (the test report is of
// 2012). A row is "written | label | value unit | year".
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

const rows = (sentence: string) =>
  readSentence(sentence).entries.map((e) => `${e.written} | ${e.label} | ${e.value} ${e.unit} | ${e.year}`);

describe("labels: a hyphened number word is one number, in the label as in the figure", () => {
  it("keeps the whole number word of a place after 'the' in an amount's label", () => {
    expect(rows("In 2012, 2.1 billion yuan was arranged for the twenty-seven key counties.")).toEqual([
      "2.1 billion yuan | Funds arranged for the twenty-seven key counties | 2100000000 Yuan | 2012",
      "twenty-seven key counties | Key counties arranged | 27 counties | 2012",
    ]);
  });

  it("reads each item of a list of amounts with its own hyphened place", () => {
    expect(
      rows(
        "The province arranged 860 million yuan for the fifty-six key counties and 120 million yuan for the twelve border counties.",
      ),
    ).toEqual([
      "860 million yuan | Funds arranged for the fifty-six key counties | 860000000 Yuan | 2012",
      "fifty-six key counties | Key counties arranged | 56 counties | 2012",
      "120 million yuan | Funds arranged for the twelve border counties | 120000000 Yuan | 2012",
      "twelve border counties | Border counties arranged | 12 counties | 2012",
    ]);
  });

  it("stops before a hyphened number word with no 'the', as before a number in digits", () => {
    expect(rows("The province arranged 860 million yuan for fifty-six key counties.")).toEqual([
      "860 million yuan | Funds arranged | 860000000 Yuan | 2012",
      "fifty-six key counties | Key counties arranged | 56 counties | 2012",
    ]);
  });

  it("after an amount in 'RMB N'", () => {
    expect(rows("The province allocated RMB 450 million to the thirty-two pilot villages.")).toEqual([
      "RMB 450 million | Funds allocated to the thirty-two pilot villages | 450000000 Yuan | 2012",
      "thirty-two pilot villages | Pilot villages allocated | 32 villages | 2012",
    ]);
  });
});

describe("labels: a count that is the object of an infinitive after an amount", () => {
  it("is the infinitive's, past its article, whether written in words or digits", () => {
    const expected = (n: string, v: number) => [
      "300 million yuan | Funds arranged | 300000000 Yuan | 2012",
      `${n} contiguous poor counties | Contiguous poor counties supported by funds arranged | ${v} counties | 2012`,
    ];
    expect(
      rows("The province arranged 300 million yuan to support the thirty-one contiguous poor counties."),
    ).toEqual(expected("thirty-one", 31));
    expect(rows("The province arranged 300 million yuan to support 31 contiguous poor counties.")).toEqual(
      expected("31", 31),
    );
  });
});

describe("labels: a place whose clause's subject is a figure", () => {
  it("is no 'where' clause of the verb alone", () => {
    expect(rows("A total of 560 million yuan was invested in the six key villages.")).toEqual([
      "560 million yuan | Funds invested in the six key villages (total) | 560000000 Yuan | 2012",
      "six key villages | Key villages invested | 6 villages | 2012",
    ]);
  });
});

describe("labels: 'respectively'", () => {
  it("pairs each amount with the name at its position after the verb's preposition", () => {
    expect(
      rows("The province invested 3.2 billion yuan and 1.5 billion yuan in roads and water respectively."),
    ).toEqual([
      "3.2 billion yuan | Funds invested in roads | 3200000000 Yuan | 2012",
      "1.5 billion yuan | Funds invested in water | 1500000000 Yuan | 2012",
    ]);
    expect(
      rows(
        "The province allocated 12 million yuan and 8 million yuan to Anshun City and Bijie City respectively.",
      ),
    ).toEqual([
      "12 million yuan | Funds allocated to Anshun City | 12000000 Yuan | 2012",
      "8 million yuan | Funds allocated to Bijie City | 8000000 Yuan | 2012",
    ]);
  });

  it("is no word of a label when it only says each item has its own figure", () => {
    expect(
      rows("In 2012, 45,600 poor households and 182,000 poor people were relocated respectively."),
    ).toEqual([
      "45,600 poor households | Poor households relocated | 45600 households | 2012",
      "182,000 poor people | Poor people relocated | 182000 people | 2012",
    ]);
  });

  it("makes a rate 'of' a whole each item's share of it, as a lone share is", () => {
    expect(
      rows(
        "In 2012, the province trained 56,000 rural labourers and 12,000 village cadres, 112% and 105% of the annual task respectively.",
      ),
    ).toEqual([
      "56,000 rural labourers | Rural labourers trained | 56000 labourers | 2012",
      "12,000 village cadres | Village cadres trained | 12000 cadres | 2012",
      "112% | Rural labourers trained as a share of the annual task (percent) | 112 % | 2012",
      "105% | Village cadres trained as a share of the annual task (percent) | 105 % | 2012",
    ]);
    expect(rows("The province completed 105,000 households, 98.2% of the annual task.")).toEqual([
      "105,000 households | Households completed | 105000 households | 2012",
      "98.2% | Households completed as a share of the annual task (percent) | 98.2 % | 2012",
    ]);
  });

  it("names what each amount is by the noun before the list, of the item at its position", () => {
    expect(
      rows(
        "The province built 2,300 biogas digesters and 120 km of village roads, with investments of 8 million yuan and 36 million yuan respectively.",
      ),
    ).toEqual([
      "2,300 biogas digesters | Biogas digesters built | 2300 digesters | 2012",
      "120 km | Village roads built | 120 km | 2012",
      "8 million yuan | Investments of biogas digesters built | 8000000 Yuan | 2012",
      "36 million yuan | Investments of village roads built | 36000000 Yuan | 2012",
    ]);
  });
});

describe("labels: a count given an amount 'to' it", () => {
  it("is labelled with what it got, the amount's own noun, whether written before or after the figure", () => {
    expect(rows("The province issued microloans of 320 million yuan to 8,600 households.")).toEqual([
      "320 million yuan | Microloans issued | 320000000 Yuan | 2012",
      "8,600 households | Households issued microloans | 8600 households | 2012",
    ]);
    expect(rows("The province granted RMB 3.2 billion of microloans to 8,600 households.")).toEqual([
      "RMB 3.2 billion | Microloans granted | 3200000000 Yuan | 2012",
      "8,600 households | Households granted microloans | 8600 households | 2012",
    ]);
  });

  it("keeps a bare amount, which names nothing, out of the count's label", () => {
    expect(rows("Funds of RMB 320 million were allocated to 1,200 poor villages.")).toEqual([
      "RMB 320 million | Funds allocated | 320000000 Yuan | 2012",
      "1,200 poor villages | Poor villages allocated | 1200 villages | 2012",
    ]);
  });
});

describe("labels: 'of which … and …'", () => {
  it("names a part's giver once, whether its verb is written or gapped", () => {
    expect(
      rows(
        "A total of 3.6 billion yuan was invested, of which the central government invested 2.1 billion yuan and the province 1.5 billion yuan.",
      ),
    ).toEqual([
      "3.6 billion yuan | Funds invested (total) | 3600000000 Yuan | 2012",
      "2.1 billion yuan | Funds invested by the central government | 2100000000 Yuan | 2012",
      "1.5 billion yuan | Funds invested by the province | 1500000000 Yuan | 2012",
    ]);
  });

  it("names each part by its own noun", () => {
    expect(
      rows(
        "The province arranged 560 million yuan of funds, of which 320 million yuan was central funds and 240 million yuan was provincial funds.",
      ),
    ).toEqual([
      "560 million yuan | Funds arranged | 560000000 Yuan | 2012",
      "320 million yuan | Central funds | 320000000 Yuan | 2012",
      "240 million yuan | Provincial funds | 240000000 Yuan | 2012",
    ]);
  });
});

describe("labels: a fronted 'Of the N yuan,' whole", () => {
  it("is the money its clause splits, named by no unit", () => {
    expect(rows("Of the 1.2 billion yuan, 800 million yuan came from the central government.")).toEqual([
      "1.2 billion yuan | Funds (total) | 1200000000 Yuan | 2012",
      "800 million yuan | Funds came from the central government | 800000000 Yuan | 2012",
    ]);
  });
});

describe("labels: a count restated in brackets after its noun", () => {
  it("counts the bracket's own noun, so acted on, and reads the verb's words past the bracket", () => {
    expect(rows("The province helped 68,000 households (256,000 people) out of poverty.")).toEqual([
      "68,000 households | Households helped out of poverty | 68000 households | 2012",
      "256,000 people | People helped out of poverty | 256000 people | 2012",
    ]);
  });

  it("leaves the verb after the bracket to the count before it", () => {
    expect(rows("In 2012, 68,000 households (256,000 people) were lifted out of poverty.")).toEqual([
      "68,000 households | Households lifted out of poverty | 68000 households | 2012",
      "256,000 people | People lifted out of poverty | 256000 people | 2012",
    ]);
  });

  it("keeps the earlier label for a count of person-times, the same people again", () => {
    expect(rows("The province trained 12,000 rural labourers (15,600 person-times).")).toEqual([
      "12,000 rural labourers | Rural labourers trained | 12000 labourers | 2012",
      "15,600 person-times | Rural labourers trained | 15600 times | 2012",
    ]);
  });
});

describe("labels: this year and last year", () => {
  it("dates a figure of a pronoun's verb after 'last year' to the year before", () => {
    expect(
      rows(
        "This year, the province invested 2.3 billion yuan in poverty alleviation, while last year it invested 1.9 billion yuan.",
      ),
    ).toEqual([
      "2.3 billion yuan | Funds invested in poverty alleviation | 2300000000 Yuan | 2012",
      "1.9 billion yuan | Funds invested in poverty alleviation | 1900000000 Yuan | 2011",
    ]);
  });

  it("gives 'against M last year' the same label, the year before", () => {
    expect(
      rows("This year the province invested 1.2 billion yuan, against 980 million yuan last year."),
    ).toEqual([
      "1.2 billion yuan | Funds invested | 1200000000 Yuan | 2012",
      "980 million yuan | Funds invested | 980000000 Yuan | 2011",
    ]);
    expect(
      rows("The province trained 86,000 rural labourers this year, compared with 72,000 last year."),
    ).toEqual([
      "86,000 rural labourers | Rural labourers trained | 86000 labourers | 2012",
      "72,000 | Rural labourers trained | 72000 labourers | 2011",
    ]);
  });
});

describe("labels: changes and growth", () => {
  it("reads 'year-on-year' after a change as when, never as the counted noun", () => {
    expect(
      rows("The province's poor population fell to 3.2 million, a decrease of 600,000 year-on-year."),
    ).toEqual([
      "3.2 million | Poor population | 3200000 people | 2012",
      "600,000 | Decrease of poor population year-on-year | 600000 people | 2012",
    ]);
  });

  it("ties 'an increase of N%' and 'up N per cent' to what grew", () => {
    expect(
      rows("The province trained 32,000 rural labourers, an increase of 12.5% over the previous year."),
    ).toEqual([
      "32,000 rural labourers | Rural labourers trained | 32000 labourers | 2012",
      "12.5% | Growth of rural labourers trained over the previous year (percent) | 12.5 % | 2012",
    ]);
    expect(
      rows("Per capita net income of farmers reached 4,560 yuan, up 15.2 per cent year-on-year."),
    ).toEqual([
      "4,560 yuan | Per capita net income of farmers | 4560 Yuan | 2012",
      "15.2 per cent | Growth of per capita net income of farmers year-on-year (percent) | 15.2 % | 2012",
    ]);
  });
});

describe("labels: a 'respectively' that leads the list of numbers after it", () => {
  it("closes no list of names before it: the counts keep their own nouns", () => {
    const l = new Map(
      readSentence(
        "In 2012, the province invested 900 million yuan, of which 600 million yuan was central funds, and moved 12,000 households and 45,000 people out of high mountains, the dry valleys and flood areas, respectively 8% and 6% beyond the scheduled task.",
      ).entries.map((e) => [e.written, e.label]),
    );
    expect(l.get("12,000 households")).toMatch(/^Households moved out of high mountains/);
    expect(l.get("45,000 people")).toMatch(/^People moved out of high mountains/);
    expect(l.get("8%")).toMatch(/^Households moved .* beyond the scheduled task \(percent\)$/);
  });
});
