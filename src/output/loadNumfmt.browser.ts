import { format } from "numfmt";
import type { Numfmt } from "./loadNumfmt";

/**
 * numfmt in a bundle (the task pane, the web page): the bundler resolves the package's ES build, so a
 * plain import works. webpack.config.js puts this file in place of ./loadNumfmt, whose Node loader
 * (createRequire) has no meaning in a browser.
 */
export function loadNumfmt(): Numfmt {
  return { format };
}
