// The words a question uses for a plan: its nouns ("the target", "its quota") and the ways English
// says something was intended ("supposed to", "aiming for"). One list, read by the question forms
// (forms.ts) and by the reading of what is asked (understand.ts).

/** Nouns for a plan, as a regular-expression alternation ("of its annual <plan noun>"). */
export const PLAN_NOUNS =
  "(?:plan|plans|planned|target|targets|targeted|goal|goals|quota|task|schedule|scheduled|expectation|aim|aims)";

/**
 * A plan noun, or a word or phrase saying what was intended, as an alternation. "Planning" only with
 * what follows an intention ("were they planning to build", "planning for 300"): alone it is also a
 * noun for drawing up plans ("the review of the planning"), which asks for no planned figure.
 */
export const PLAN_OR_INTENT = `(?:${PLAN_NOUNS}|expected|supposed to|meant to|originally|intended|aim(?:ed|ing)? (?:for|at|to)|planning (?:to|for|on))`;

export const PLAN_ASKED = new RegExp(String.raw`\b${PLAN_OR_INTENT}\b`);

/**
 * "… than (it was) planned / they were supposed to / it had scheduled": a plan after "than", as an
 * alternation. A pronoun with a perfect auxiliary ("than they had targeted", "than it has planned")
 * names the same plan as the bare participle.
 */
export const THAN_PLAN = String.raw`than\s+(?:(?:was|were|had been|has been|have been|had|has|have|it|they)\s+){0,2}(?:the\s+|its\s+|their\s+)?(?:(?:annual|yearly|original|whole)\s+)?${PLAN_OR_INTENT}`;

/**
 * "Relative to its target", "against the plan", "compared with their quota": results weighed each as
 * a share of its own plan, not as the figures themselves (nor the planned figures).
 */
const AGAINST = "(?:relative to|against|compared (?:with|to)|in relation to|measured against)";
export const AGAINST_PLAN = new RegExp(
  String.raw`\b${AGAINST}\s+(?:the\s+|its\s+|their\s+|each\s+one'?s\s+)?(?:[a-z-]+\s+){0,2}?${PLAN_NOUNS}\b`,
);

// Verbs of going beyond a plan, and the margin words after the plan ("by more", "by the larger margin").
const BEYOND_VERB =
  "(?:exceed(?:ed|s)?|beat|beats|surpass(?:ed|es)?|top(?:ped|s)?|overfulfil+(?:ed|s)?|outstrip(?:ped|s)?|oversh(?:oot|ot|oots))";
const BY_MARGIN =
  "by\\s+(?:a\\s+|the\\s+)?(?:more|less|most|least|larger|bigger|greater|wider|smaller|higher)\\b(?:\\s+(?:margin|amount|share|percentage))?";

/**
 * "Which overshot its plan by more", "which beat its target by the larger margin": each result's
 * margin beyond its own plan is weighed, that is each as a share of its plan, as AGAINST_PLAN does.
 */
export const MARGIN_OVER_PLAN = new RegExp(
  String.raw`\b${BEYOND_VERB}\s+(?:the\s+|its\s+|their\s+|each\s+one'?s\s+)?(?:[a-z-]+\s+){0,2}?${PLAN_NOUNS}\s+${BY_MARGIN}`,
);
/** The words of MARGIN_OVER_PLAN that say how results are weighed ("overshot", "by more"), naming no figure. */
export const MARGIN_WORDS = new RegExp(String.raw`\b${BEYOND_VERB}\b|\b${BY_MARGIN}`, "g");

/** The words of AGAINST_PLAN that say how results are weighed ("relative to"), naming no figure. */
export const AGAINST_WORDS = new RegExp(String.raw`\b${AGAINST}\b`, "g");
