import { useState, type FocusEvent } from 'react';

type Handler = (event: FocusEvent<HTMLInputElement>) => unknown;

/** What a field says while the browser cannot read what is typed in it as a date or a time. */
export function unreadableWords(type: string | undefined): string {
  return type === 'datetime-local'
    ? 'is not a real date and time, or is not finished: check each part'
    : 'is not a real date, or is not finished: check the month, day and year';
}

/**
 * A date or a time the browser cannot read (30 February, or a part left blank) reaches the page
 * as an empty value, as if the field had been cleared: the review would lose the date it held.
 * Such a change or blur is held back, so the review keeps its last readable value, and
 * `unreadable` says so until the field holds a readable value (or none) again.
 */
export function useUnreadableInput({
  onChange,
  onBlur,
  onFocus,
}: {
  readonly onChange?: Handler | undefined;
  readonly onBlur?: Handler | undefined;
  readonly onFocus?: Handler | undefined;
}) {
  const [unreadable, setUnreadable] = useState(false);
  const held =
    (handler: Handler | undefined): Handler =>
    (event) => {
      const bad = event.currentTarget.validity.badInput;
      setUnreadable(bad);
      if (!bad) return handler?.(event);
    };
  return {
    unreadable,
    onChange: held(onChange),
    onBlur: held(onBlur),
    // A value put in from elsewhere (another review opened in this one's place) is readable: the
    // field says so again once it is next used.
    onFocus: (event: FocusEvent<HTMLInputElement>) => {
      if (!event.currentTarget.validity.badInput) setUnreadable(false);
      return onFocus?.(event);
    },
  };
}
