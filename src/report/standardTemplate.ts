import { COLUMN_ROLE_LABELS } from "./roles/columnRoles";

/** The row of the template that holds the column headers (0-based), below the title and the note. */
export const STANDARD_TEMPLATE_HEADER_ROW = 2;

/**
 * The empty standard indicator sheet that the task pane inserts (插入标准指标表): a title row, a note
 * row and the header 指标名称 | 计量单位 | 1-N月 | 上年同期 | 同比增长(%) | 全年目标 | 完成目标(%).
 * `months` names the current column ("1-9月"); without it the column is headed 本期.
 */
export function standardTemplate(months?: number): string[][] {
  const current =
    months !== undefined && months >= 2 && months <= 12 ? `1-${Math.trunc(months)}月` : COLUMN_ROLE_LABELS.current;
  return [
    ["主要经济指标完成情况表", "", "", "", "", "", ""],
    ["填表说明:本期填累计数;同比增长、完成目标填百分数(9.29表示9.29%)", "", "", "", "", "", ""],
    [
      COLUMN_ROLE_LABELS.name,
      COLUMN_ROLE_LABELS.unit,
      current,
      COLUMN_ROLE_LABELS.previous,
      COLUMN_ROLE_LABELS.growth,
      COLUMN_ROLE_LABELS.target,
      COLUMN_ROLE_LABELS.completion,
    ],
  ];
}
