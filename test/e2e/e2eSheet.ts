import type { FixtureSheet } from "../fixtures/fixtureSheet";

/**
 * The sheet of the browser test: a 1-9月 table whose target column is headed 考核数, which detection
 * does not take for 全年目标, so that the user corrects the column's role in the pane.
 */
export const e2eSheet: FixtureSheet = {
  name: "e2e-kaohe",
  description: "目标列名为“考核数”(识别不出),用户在任务窗格中把它改为全年目标",
  sheetName: "1-9月指标",
  rows: [
    ["2024年1-9月开发区主要经济指标完成情况"],
    ["指标名称", "单位", "1-9月", "上年同期", "增长(%)", "考核数"],
    ["规上工业总产值", "亿元", 128.6, 112.4, 14.4, 170],
    ["其中:战略性新兴产业产值", "亿元", 52.3, 41.8, 25.1, null],
    ["固定资产投资", "亿元", 45.2, 41, 10.2, 60],
    ["一般公共预算收入", "万元", 98500, 93200, 5.7, 130000],
    ["实际利用外资", "万美元", 8650, 9120, -5.2, 12000],
  ],
};
