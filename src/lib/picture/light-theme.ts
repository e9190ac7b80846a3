/**
 * Pictures are laid out for print, in the light theme whatever the page's theme. The page's
 * dark theme is a `prefers-color-scheme: dark` media block that redefines custom properties on
 * `:root`, and a script cannot switch a media query off. So the light values are read from
 * the style sheets themselves (every `:root` custom property outside a dark or print media
 * block) and set inline on the root element for as long as the picture's styles are read:
 * inline declarations win over the media block, and the change is undone in the same task,
 * before the browser paints, so the page never shows it.
 */

/** A `:root` rule's custom properties, outside dark and print media blocks, in cascade order. */
export function lightThemeVariables(sheets: Iterable<CSSStyleSheet>): Map<string, string> {
  const variables = new Map<string, string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && /dark|print/.test(rule.media.mediaText)) continue;
      if (rule instanceof CSSStyleRule && /:root/.test(rule.selectorText)) {
        for (const name of rule.style) {
          if (name.startsWith('--')) variables.set(name, rule.style.getPropertyValue(name).trim());
        }
      }
      // Layers, supports and other media blocks hold rules of their own.
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A cross-origin sheet cannot be read; the app has none.
    }
    visit(rules);
  }
  return variables;
}

/** Runs `read` with the light theme forced on the document, and restores the page at once. */
export function withLightTheme<T>(doc: Document, read: () => T): T {
  const root = doc.documentElement;
  const variables = lightThemeVariables(doc.styleSheets);
  const saved = new Map<string, [string, string]>();
  for (const name of [...variables.keys(), 'color-scheme']) {
    saved.set(name, [root.style.getPropertyValue(name), root.style.getPropertyPriority(name)]);
  }
  for (const [name, value] of variables) root.style.setProperty(name, value, 'important');
  root.style.setProperty('color-scheme', 'light', 'important');
  try {
    return read();
  } finally {
    for (const [name, [value, priority]] of saved) {
      if (value) root.style.setProperty(name, value, priority);
      else root.style.removeProperty(name);
    }
  }
}
