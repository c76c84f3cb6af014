import { useEffect } from 'react';

/** How the words printed in the page margins (@page margin boxes) look. */
export const MARGIN_BOX_STYLE =
  'font-family: system-ui, sans-serif; font-size: 8pt; color: #4a5568;';

/**
 * Adds a stylesheet to the document while the component is on the page, for print rules such as
 * @page margin boxes (which Chromium prints). A constructed stylesheet, not a <style> element:
 * the app's Content-Security-Policy allows style sheets from its own origin only, and CSSOM is
 * script the page already trusts.
 */
export function usePageStylesheet(css: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
