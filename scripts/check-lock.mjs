// `npm ci` refuses a lock file that lacks an optional dependency of a locked package (for example the
// @swc/core binary of another platform). npm install leaves such entries out silently when the registry
// lacks that version, so this check fails the lint step before CI's `npm ci` would.
import { readFileSync } from "node:fs";

const packages = JSON.parse(readFileSync("package-lock.json", "utf8")).packages ?? {};
const missing = [];
for (const [location, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const candidates = [];
    for (let base = location; ;) {
      candidates.push(`${base ? `${base}/` : ""}node_modules/${name}`);
      const cut = base.lastIndexOf("node_modules/");
      if (cut < 0) break;
      base = base.slice(0, Math.max(0, cut - 1));
    }
    if (!candidates.some((candidate) => candidate in packages)) {
      missing.push(`${location || "(root)"} -> ${name}`);
    }
  }
}
if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional dependencies; npm ci will refuse it:`);
  for (const line of missing.slice(0, 20)) console.error(`  ${line}`);
  console.error(
    "Pin the parent to a version whose every platform package is in the registry (package.json overrides).",
  );
  process.exit(1);
}
console.log(`package-lock.json: every optional dependency is locked (${Object.keys(packages).length} packages).`);
