// Text written into a regular expression as itself: a name or a question's word may hold "(", "."
// or "+", which would otherwise read as pattern syntax.
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
