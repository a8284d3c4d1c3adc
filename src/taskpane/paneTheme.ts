import { isDarkColor } from "./isDarkColor";

/**
 * Whether the pane should be dark: Office's theme (its body background color) when the host gives
 * one, else the system's color scheme (Excel on the web without a theme, a browser in tests).
 */
export function paneIsDark(
  officeTheme: { readonly bodyBackgroundColor?: string } | undefined,
  prefersDark: boolean,
): boolean {
  const background = officeTheme?.bodyBackgroundColor;
  if (background !== undefined && background !== "") return isDarkColor(background);
  return prefersDark;
}
