import type { Indicator } from "../report/types";

/** A node of the 其中 structure shown in the pane: a group heading or an indicator with its 其中 rows. */
export interface TreeNode {
  readonly key: string;
  readonly label: string;
  /** Grid row of the indicator; undefined for a group heading. */
  readonly row?: number;
  readonly children: readonly TreeNode[];
}

interface MutableNode {
  key: string;
  label: string;
  row?: number;
  children: MutableNode[];
}

/** Groups ("一、工业经济") holding indicators, each holding its 其中 rows, in sheet order. */
export function indicatorTree(indicators: readonly Indicator[]): TreeNode[] {
  const roots: MutableNode[] = [];
  const nodes: MutableNode[] = [];
  let group: MutableNode | undefined;
  indicators.forEach((indicator, index) => {
    const node: MutableNode = {
      key: `i${index}`,
      label: indicator.unit === "" ? indicator.name : `${indicator.name}(${indicator.unit})`,
      row: indicator.row,
      children: [],
    };
    nodes.push(node);
    const parent = indicator.parent === undefined ? undefined : nodes[indicator.parent];
    if (parent !== undefined) {
      parent.children.push(node);
      return;
    }
    if (indicator.group !== undefined) {
      if (group?.label !== indicator.group) {
        group = { key: `g${index}`, label: indicator.group, children: [] };
        roots.push(group);
      }
      group.children.push(node);
      return;
    }
    group = undefined;
    roots.push(node);
  });
  return roots;
}
