import { headerRole } from "../../src/report/roles/headerRole";
import { readPeriod } from "../../src/report/readPeriod";

describe("headerRole: the header synonyms of real sheets", () => {
  it.each([
    ["指标", "name"],
    ["项目", "name"],
    ["指标名称", "name"],
    ["指 标 名 称", "name"],
    ["单位", "unit"],
    ["计量单位", "unit"],
    ["本期", "current"],
    ["本月止累计", "current"],
    ["1-9月累计", "current"],
    ["1—9月", "current"],
    ["2018年", "current"],
    ["本年累计", "current"],
    ["上年同期", "previous"],
    ["去年同期", "previous"],
    ["增长%", "growth"],
    ["同比±%", "growth"],
    ["增速", "growth"],
    ["同比增长(%)", "growth"],
    ["同比增长（％）", "growth"],
    ["比上年增长", "growth"],
    ["增减额", "change"],
    ["目标", "target"],
    ["全年目标", "target"],
    ["年度任务", "target"],
    ["计划", "target"],
    ["完成%", "completion"],
    ["完成率", "completion"],
    ["完成目标(%)", "completion"],
    ["本月", "month"],
  ])("%s -> %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each(["主要经济指标完成情况表", "单位:亿元", "", "备注"])("%s names no column", (text) => {
    expect(headerRole(text)).toBeUndefined();
  });
});

describe("readPeriod: the period a header or title names", () => {
  it.each([
    ["1-9月", { label: "1-9月", months: 9 }],
    ["1—9月", { label: "1-9月", months: 9 }],
    ["1~9月", { label: "1-9月", months: 9 }],
    ["1-6月累计", { label: "1-6月", months: 6 }],
    ["2024年1—6月主要经济指标", { label: "1-6月", months: 6, year: 2024 }],
    ["一季度", { label: "一季度", months: 3 }],
    ["上半年", { label: "上半年", months: 6 }],
    ["前三季度", { label: "前三季度", months: 9 }],
    ["全年", { label: "全年", months: 12 }],
    ["2018年", { label: "全年", months: 12, year: 2018 }],
    ["9月止累计", { label: "1-9月", months: 9 }],
  ])("%s", (text, period) => {
    expect(readPeriod(text)).toEqual(period);
  });

  it.each(["主要经济指标", "2019年目标", "上年同期"])("%s names no period", (text) => {
    expect(readPeriod(text)).toBeUndefined();
  });
});
