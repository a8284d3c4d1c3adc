import type { FixtureSheet } from "../fixtures/fixtureSheet";

/**
 * One 万元 figure large enough to become 亿元 (45000万元 is 4.5亿元): the smallest sheet on which the
 * 金额换算单位 switch changes the text. For the pane's tests; not a golden fixture.
 */
export const taxInWan: FixtureSheet = {
  name: "wan",
  description: "万元",
  sheetName: "税收",
  rows: [["1-6月主要指标"], ["指标名称", "计量单位", "本期", "上年同期"], ["税收收入", "万元", 45000, 40000]],
};
