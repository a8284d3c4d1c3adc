import { makeStyles, tokens } from "@fluentui/react-components";
import type { Indicator } from "../../report/types";
import { indicatorTree, type TreeNode } from "../indicatorTree";

const useStyles = makeStyles({
  root: { margin: "0", paddingLeft: "0", listStyleType: "none" },
  nested: { margin: "0", paddingLeft: tokens.spacingHorizontalL, listStyleType: "none" },
  group: { fontWeight: tokens.fontWeightSemibold },
});

type Parent = "root" | "group" | "indicator";

function Nodes({ nodes, parent }: { readonly nodes: readonly TreeNode[]; readonly parent: Parent }) {
  const styles = useStyles();
  return (
    <ul
      className={parent === "root" ? styles.root : styles.nested}
      aria-label={parent === "root" ? "指标结构" : undefined}
    >
      {nodes.map((node) => (
        <li key={node.key}>
          <span className={node.row === undefined ? styles.group : undefined}>
            {parent === "indicator" ? `其中:${node.label}` : node.label}
          </span>
          {node.children.length > 0 ? (
            <Nodes nodes={node.children} parent={node.row === undefined ? "group" : "indicator"} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The indicators as an indented list: groups, indicators, and their 其中 rows. Loaded on demand. */
export default function StructureList({ indicators }: { readonly indicators: readonly Indicator[] }) {
  return <Nodes nodes={indicatorTree(indicators)} parent="root" />;
}
