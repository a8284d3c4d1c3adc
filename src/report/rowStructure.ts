import type { ParsedLabel } from "./parseLabel";

interface StackEntry {
  readonly index: number;
  readonly key: number;
  readonly level: number;
}

/** Where a row sits in the table: its parent (an index in the indicators) and its level (0 top, 1 a 其中 child…). */
export interface RowPlace {
  readonly parent?: number;
  readonly level: number;
}

/**
 * The structure of an indicator table as its rows are read top to bottom: group headings ("一、工业经济"),
 * 其中 rows and "其中:" markers, "#" rows, numbering ranks ("一、" > "(一)" > "1." > "(1)" > "①") and
 * indentation decide each row's parent and level.
 */
export class RowStructure {
  /** The group heading the rows below sit under, as the sheet writes it. */
  group: string | undefined;
  private stack: StackEntry[] = [];
  private context: { parent: number; parentKey: number; level: number } | undefined;
  private pendingQizhong = false;
  /** The last row of each numbering rank, for rows numbered below it. */
  private numbered: (StackEntry & { readonly rank: number })[] = [];

  /** A "其中:" row alone: the next row is a breakdown of the row above. */
  qizhongMarker(): void {
    this.pendingQizhong = true;
  }

  /** A group heading: the rows below start a new tree. */
  startGroup(heading: string): void {
    this.group = heading;
    this.stack = [];
    this.numbered = [];
    this.context = undefined;
    this.pendingQizhong = false;
  }

  /** Places the indicator row `index` with this label and records it for the rows below. */
  place(label: ParsedLabel, index: number): RowPlace {
    let parent: number | undefined;
    let level = 0;
    const key = label.indentKey;
    const stack = this.stack;
    const context = this.context;
    const last = stack[stack.length - 1];
    if (
      label.qizhong &&
      context !== undefined &&
      last !== undefined &&
      last.level === context.level &&
      key <= last.key
    ) {
      // Another 其中 under the same parent ("其中:工业投资" then "其中:民间投资").
      parent = context.parent;
      level = context.level;
    } else if ((label.qizhong || this.pendingQizhong) && last !== undefined) {
      parent = last.index;
      level = last.level + 1;
      this.context = { parent, parentKey: last.key, level };
    } else if (label.numbering > 1 && this.numbered.some((entry) => entry.rank < label.numbering)) {
      // "(1)工业投资" under "3.固定资产投资", "(一)工业投资" under "二、固定资产投资", "①…" under "(1)…".
      const above = this.numbered.filter((entry) => entry.rank < label.numbering).pop();
      parent = above?.index;
      level = above === undefined ? 0 : above.level + 1;
      this.context = undefined;
    } else if (label.hashes > 0) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= label.hashes) stack.pop();
      const top = stack[stack.length - 1];
      parent = top?.index;
      level = top === undefined ? 0 : top.level + 1;
      this.context = undefined;
    } else if (context !== undefined && key > context.parentKey) {
      parent = context.parent;
      level = context.level;
    } else {
      this.context = undefined;
      while (stack.length > 0 && (stack[stack.length - 1]?.key ?? 0) >= key) stack.pop();
      const top = stack[stack.length - 1];
      parent = top?.index;
      level = top === undefined ? 0 : top.level + 1;
    }
    this.pendingQizhong = false;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    stack.push({ index, key, level });
    if (label.numbering > 0) {
      this.numbered = this.numbered.filter((entry) => entry.rank < label.numbering);
      this.numbered.push({ index, key, level, rank: label.numbering });
    }
    return parent === undefined ? { level } : { parent, level };
  }
}

/** Names already seen, per group and parent, to warn about a name given twice in the same place. */
export class NameRegister {
  private readonly rows = new Map<string | undefined, Map<number | undefined, Map<string, number>>>();

  /** The row that first gave this name in this place, or undefined (and `row` is recorded) when it is new. */
  firstRow(group: string | undefined, parent: number | undefined, name: string, row: number): number | undefined {
    let byParent = this.rows.get(group);
    if (byParent === undefined) {
      byParent = new Map();
      this.rows.set(group, byParent);
    }
    let names = byParent.get(parent);
    if (names === undefined) {
      names = new Map();
      byParent.set(parent, names);
    }
    const earlier = names.get(name);
    if (earlier === undefined) names.set(name, row);
    return earlier;
  }
}
