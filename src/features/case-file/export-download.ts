/**
 * Saves a JSON document as a download. Made in this tab from a Blob: nothing goes over the
 * network, and the page's content security policy (default-src 'self') is not involved, as a
 * download is a navigation, not a fetch.
 */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the document while clicked: some browsers ignore a click on a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a browser may still be reading the Blob when click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
