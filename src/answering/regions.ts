// Province-level names, so a question about another province is recognised as outside the
// knowledge instead of being matched to the nearest Henan figure.
export const PROVINCES: Record<string, string> = {
  anhui: "Anhui",
  beijing: "Beijing",
  chongqing: "Chongqing",
  fujian: "Fujian",
  gansu: "Gansu",
  guangdong: "Guangdong",
  guangxi: "Guangxi",
  guizhou: "Guizhou",
  hainan: "Hainan",
  hebei: "Hebei",
  heilongjiang: "Heilongjiang",
  henan: "Henan",
  hubei: "Hubei",
  hunan: "Hunan",
  "inner mongolia": "Inner Mongolia",
  jiangsu: "Jiangsu",
  jiangxi: "Jiangxi",
  jilin: "Jilin",
  liaoning: "Liaoning",
  ningxia: "Ningxia",
  qinghai: "Qinghai",
  shaanxi: "Shaanxi",
  shandong: "Shandong",
  shanghai: "Shanghai",
  shanxi: "Shanxi",
  sichuan: "Sichuan",
  tianjin: "Tianjin",
  tibet: "Tibet",
  xizang: "Tibet",
  xinjiang: "Xinjiang",
  yunnan: "Yunnan",
  zhejiang: "Zhejiang",
  "hong kong": "Hong Kong",
  macau: "Macau",
  macao: "Macau",
  taiwan: "Taiwan",
};
export const PROVINCES_ZH: Record<string, string> = {
  安徽: "Anhui",
  北京: "Beijing",
  重庆: "Chongqing",
  福建: "Fujian",
  甘肃: "Gansu",
  广东: "Guangdong",
  广西: "Guangxi",
  贵州: "Guizhou",
  海南: "Hainan",
  河北: "Hebei",
  黑龙江: "Heilongjiang",
  河南: "Henan",
  湖北: "Hubei",
  湖南: "Hunan",
  内蒙古: "Inner Mongolia",
  江苏: "Jiangsu",
  江西: "Jiangxi",
  吉林: "Jilin",
  辽宁: "Liaoning",
  宁夏: "Ningxia",
  青海: "Qinghai",
  陕西: "Shaanxi",
  山东: "Shandong",
  上海: "Shanghai",
  山西: "Shanxi",
  四川: "Sichuan",
  天津: "Tianjin",
  西藏: "Tibet",
  新疆: "Xinjiang",
  云南: "Yunnan",
  浙江: "Zhejiang",
  香港: "Hong Kong",
  澳门: "Macau",
  台湾: "Taiwan",
};

const EN = new RegExp(`\\b(${Object.keys(PROVINCES).join("|")})\\b`, "gi");
const ZH = new RegExp(Object.keys(PROVINCES_ZH).join("|"), "g");

export function regionsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(EN)) found.add(PROVINCES[m[1]!.toLowerCase().replace(/\s+/g, " ")]!);
  for (const m of text.matchAll(ZH)) found.add(PROVINCES_ZH[m[0]]!);
  return [...found];
}

/**
 * "in Hubei Province", "Beijing Municipality": the title word written right after a region's name
 * (lower case), which names the region too and is no topic of the question. One per mention.
 */
export function regionTitleWords(text: string, regions: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of regions) {
    const name = r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const after = new RegExp(String.raw`\b${name}(?:'s|’s)?\s+(province|region|municipality)\b`, "gi");
    for (const m of text.matchAll(after)) out.push(m[1]!.toLowerCase());
  }
  return out;
}
