import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, as a reader's copy and paste would give it. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('');
    pages.push(text.replace(/[ \t]+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

/** Print the page as Chromium's "Save as PDF" would, and read each page's text back. */
export async function printToPdf(page: Page, format: 'Letter' | 'A4'): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format }));
  await page.emulateMedia({ media: 'screen' });
  return pages;
}
