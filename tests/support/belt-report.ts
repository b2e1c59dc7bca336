// A small made-up report for the spelling tests: its words include "belt" (a mountain belt), a
// report word one letter from everyday words ("beat", "bell"), beside income and training figures.
export const BELT_REPORT = {
  Overview:
    "In 2012, the per capita net income of farmers in the 43 key counties of the province was 4,200 Yuan. The rural population in poverty fell by 1.1 million.",
  "Mountain belt":
    "In the belt around the capital, the per capita net income of farmers was 3,900 Yuan, and the province trained 12,000 persons. The people living in the belt got 210 million Yuan.",
};
