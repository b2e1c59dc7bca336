// A figure whose sentence names only others of a list the asked name belongs to is theirs.
import { describe, expect, it } from "vitest";
import {
  listedNames,
  namesOnlyListedOthers,
  namesPartOfListElsewhere,
  namesPartOfRun,
} from "../../src/answering/sibling-names.js";

const section = [
  "In 2012, the five southern cities of Nanjing, Suzhou, Wuxi, Changzhou and Zhenjiang continued the pairing assistance.",
  "The southern cities provided a total of 1.36 billion Yuan, of which Suzhou and Wuxi contributed 420 million Yuan and 310 million Yuan respectively.",
];
const runs = listedNames(section);

describe("a figure of others listed with the name asked", () => {
  it("is not the asked name's", () => {
    expect(namesOnlyListedOthers("how much did changzhou contribute?", section[1]!, runs)).toBe(true);
  });

  it("is the asked name's when its sentence names it too", () => {
    expect(namesOnlyListedOthers("How much did Wuxi contribute?", section[1]!, runs)).toBe(false);
  });

  it("says nothing when the question names none of the list, or the sentence none of the others", () => {
    expect(namesOnlyListedOthers("How much did the southern cities provide?", section[1]!, runs)).toBe(false);
    expect(
      namesOnlyListedOthers("How much did Changzhou give?", "The cities gave 2 billion Yuan.", runs),
    ).toBe(false);
  });
});

describe("a figure of a run of names, some of them asked", () => {
  const sentence =
    "In 2011, the projects were launched in three pilot counties, namely Fengqiu, Guangshan and Shangcai County, and the planned investment was 141.48 million Yuan.";

  it("is not the figure of the one asked", () => {
    expect(namesPartOfRun("how much did guangshan county get?", sentence)).toBe(true);
    expect(namesPartOfRun("How much went to Fengqiu and Shangcai?", sentence)).toBe(true);
  });

  it("is the run's when the question names every name, with or without its kind", () => {
    expect(namesPartOfRun("planned investment in Fengqiu, Guangshan and Shangcai counties?", sentence)).toBe(
      false,
    );
    expect(namesPartOfRun("What was the planned investment?", sentence)).toBe(false);
  });

  it("is each name's when the sentence pairs them with figures respectively", () => {
    const paired = "Fengqiu, Guangshan and Shangcai County received 1, 2 and 3 million Yuan respectively.";
    expect(namesPartOfRun("How much did Guangshan get?", paired)).toBe(false);
  });
});

describe("a figure of a section whose list of names is written in another sentence", () => {
  const pilot = [
    "In 2012, the herding pilot was run in three counties, namely Maqu County, Luqu County and Xiahe County.",
    "The total investment was 42 million yuan, of which 30 million yuan was provincial funds.",
  ];
  const listed = listedNames(pilot);

  it("is not the figure of one name the question picks out of the list", () => {
    expect(namesPartOfListElsewhere("How much did Luqu County get?", pilot[1]!, listed)).toBe(true);
  });

  it("is the list's when the question names all of it, or none", () => {
    expect(
      namesPartOfListElsewhere("How much did Maqu, Luqu and Xiahe counties get?", pilot[1]!, listed),
    ).toBe(false);
    expect(namesPartOfListElsewhere("How much was invested in the pilot?", pilot[1]!, listed)).toBe(false);
  });
});
