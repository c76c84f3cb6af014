const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Whether Tab would stop on the element: enabled, shown, and for a radio its group's one stop.
 * An answer that moves on skips a control marked `data-skip-on-answer` (the "Change" of a field
 * filled in already): Tab still stops there, the next thing to answer does not.
 */
function isTabStop(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || element.matches(':disabled')) return false;
  if (element.hasAttribute('data-skip-on-answer')) return false;
  if (element.getClientRects().length === 0) return false;
  if (element instanceof HTMLInputElement && element.type === 'radio') {
    const group = Array.from(
      element.form?.elements ?? document.querySelectorAll('input[type="radio"]'),
    ).filter(
      (other): other is HTMLInputElement =>
        other instanceof HTMLInputElement && other.type === 'radio' && other.name === element.name,
    );
    const checked = group.find((radio) => radio.checked);
    return checked ? checked === element : group[0] === element;
  }
  return true;
}

/** Moves focus to the first stop after `from` (and outside it) in Tab order, as Tab would. */
export function focusNextStop(from: HTMLElement): void {
  const next = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).find(
    (element) =>
      !from.contains(element) &&
      Boolean(from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) &&
      isTabStop(element),
  );
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}
