/**
 * The column roles of an indicator sheet, one row each: what the column holds, its Chinese label (the
 * pane's dropdown, the standard template, messages) and the header texts that name it. The type, the
 * labels, header detection and the pane's choices are all derived from this table.
 */

/** What a column's cells hold: a name or unit (text), a figure (quantity) or a percentage (rate). */
export type RoleHolds = "text" | "quantity" | "rate";

interface RoleRow {
  readonly id: string;
  readonly label: string;
  readonly holds: RoleHolds;
  /** True when a header naming this role makes the row an indicator header (with at least one other role). */
  readonly headerValue: boolean;
  /**
   * Header texts (normalised: half-width, no spaces, dashes as "-") that name the role. A header that
   * several roles' patterns match takes the role of the highest `priority`; no two roles share a
   * priority, so the choice never depends on the order of this table ("上年同期增速": previousGrowth, 75,
   * over growth, 70, and previous, 50; "比上年增长": growth over previous).
   */
  readonly pattern: RegExp;
  readonly priority: number;
}

export const COLUMN_ROLE_TABLE = [
  {
    id: "name",
    label: "指标名称",
    holds: "text",
    headerValue: false,
    priority: 20,
    pattern: /^(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?$|^名称$/,
  },
  { id: "unit", label: "计量单位", holds: "text", headerValue: false, priority: 10, pattern: /^(?:计量)?单位$/ },
  {
    id: "current",
    label: "本期",
    holds: "quantity",
    headerValue: true,
    priority: 30,
    // A place's own column beside the whole's (朝阳区 | 同比±(%) | 全市 | …) is its 本期 too.
    pattern:
      /本期|累计|本年|本月止|实际完成|完成数|^完成$|实绩|^\d{1,2}-\d{1,2}月|季度|上半年|^(?:19|20)\d{2}年|^(?!(?:地|辖|各|园|城)区$)[\u4e00-\u9fff]{1,10}(?:区|县|市|镇|乡|街道|园区|开发区|新区)$/,
  },
  { id: "previous", label: "上年同期", holds: "quantity", headerValue: true, priority: 50, pattern: /上年|去年|同期/ },
  {
    id: "growth",
    label: "同比增长(%)",
    holds: "rate",
    headerValue: true,
    priority: 70,
    pattern: /增长|增速|增幅|同比|±|增减.*%|^%$|比上年|比去年/,
  },
  {
    id: "change",
    label: "增减额",
    holds: "quantity",
    headerValue: false,
    priority: 90,
    pattern: /^(?:同比)?增减(?:额|量|数)|^增(?:加|长)额|^增减$/,
  },
  {
    id: "target",
    label: "全年目标",
    holds: "quantity",
    headerValue: true,
    priority: 60,
    pattern: /目标|任务|计划|预期/,
  },
  {
    id: "completion",
    label: "完成目标(%)",
    holds: "rate",
    headerValue: true,
    priority: 80,
    pattern:
      /完成率|完成目标\(?%|完成目标$|完成(?:全年|年度)?(?:目标|任务|计划)?(?:的)?(?:%|百分比|比例)|占(?:全年|年度)?(?:目标|任务|计划)|^完成%|进度%?$/,
  },
  {
    id: "whole",
    label: "全市(合计)",
    holds: "quantity",
    headerValue: false,
    priority: 45,
    pattern: /^全[市区县省](?:累计|本期|合计|完成|数)?(?:\(.*\))?$/,
  },
  {
    id: "wholeGrowth",
    label: "全市增速(%)",
    holds: "rate",
    headerValue: false,
    priority: 77,
    pattern: /^全[市区县省].*(?:增长|增速|增幅|同比|±)/,
  },
  {
    id: "share",
    label: "占全市比重(%)",
    holds: "rate",
    headerValue: false,
    priority: 85,
    pattern: /比重|占比|^占全[市区县省]/,
  },
  {
    id: "rank",
    label: "全市位次",
    holds: "quantity",
    headerValue: false,
    priority: 95,
    pattern: /位次|排名|排位|名次/,
  },
  {
    id: "growthRank",
    label: "全市增速位次",
    holds: "quantity",
    headerValue: false,
    priority: 96,
    pattern: /(?:增速|增幅|增长).*(?:位次|排名|排位|名次)/,
  },
  {
    id: "month",
    label: "本月",
    holds: "quantity",
    headerValue: false,
    priority: 40,
    pattern: /^本月(?:数|完成)?$|^当月/,
  },
  {
    id: "previousGrowth",
    label: "上期增速(%)",
    holds: "rate",
    headerValue: false,
    priority: 75,
    // Growths of an earlier period named as such; "1-8月增速" beside "1-9月" is told by detectLayout.
    pattern:
      /^上月(?:累计)?(?:同比)?(?:增速|增长|增幅)|^上期(?:同比)?(?:增速|增长|增幅)|^(?:上年|去年)同期(?:累计)?(?:增速|增长|增幅)/,
  },
  {
    id: "twoYearsBefore",
    label: "两年前同期",
    holds: "quantity",
    headerValue: false,
    priority: 55,
    pattern: /两年前同期|前年同期/,
  },
] as const satisfies readonly RoleRow[];

/** What a column of an indicator sheet holds. */
export type ColumnRole = (typeof COLUMN_ROLE_TABLE)[number]["id"];

/** The roles in the order the pane lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = COLUMN_ROLE_TABLE.map((row) => row.id);

/** Chinese labels of the roles, for the pane's dropdowns and for messages. */
export const COLUMN_ROLE_LABELS = Object.fromEntries(COLUMN_ROLE_TABLE.map((row) => [row.id, row.label])) as Readonly<
  Record<ColumnRole, string>
>;

/** What each role's cells hold. */
export const ROLE_HOLDS = Object.fromEntries(COLUMN_ROLE_TABLE.map((row) => [row.id, row.holds])) as Readonly<
  Record<ColumnRole, RoleHolds>
>;

/** Roles whose column makes a header row an indicator header. */
export const HEADER_VALUE_ROLES: readonly ColumnRole[] = COLUMN_ROLE_TABLE.filter((row) => row.headerValue).map(
  (row) => row.id,
);

/** The patterns by descending priority: the first that matches names the header. */
export const ROLES_BY_PRIORITY: readonly { readonly id: ColumnRole; readonly pattern: RegExp }[] = [
  ...COLUMN_ROLE_TABLE,
].sort((a, b) => b.priority - a.priority);
