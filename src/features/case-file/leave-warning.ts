import { useEffect } from 'react';
import { hasUnexportedChanges } from './review-store';

/**
 * Closing the tab forgets the review (it lives in this tab's session storage): while it has
 * changes neither exported as a case file nor completed, the browser asks before the tab closes.
 */
export function useLeaveWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnexportedChanges()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
