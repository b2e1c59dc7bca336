// Words that ask for a sum, a total or an average: they say what the question asks even before its
// question word ("together, how many …", "on average, …"), and a dictionary sense written so
// (一共 "in total", 平均 "on average") asks it in a Chinese question.
export const ARITHMETIC_LEAD =
  /\b(?:together|combined|altogether|in total|in all|all told|on average|overall)\b/;
