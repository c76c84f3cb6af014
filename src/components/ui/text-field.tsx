import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';
import { unreadableWords, useUnreadableInput } from './unreadable-input';

export interface TextFieldProps extends ComponentProps<'input'> {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
}

/**
 * A labelled input whose hint and error are announced with it. A date or time the browser cannot
 * read is not passed on (the value held stays) and is named as the error.
 */
export function TextField({
  id,
  label,
  hint,
  error: givenError,
  className,
  onChange,
  onBlur,
  onFocus,
  ...input
}: TextFieldProps) {
  const held = useUnreadableInput({ onChange, onBlur, onFocus });
  const error = held.unreadable
    ? `${typeof label === 'string' ? label : 'This field'} ${unreadableWords(input.type)}.`
    : givenError;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="text-xs text-muted">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        className={cn(
          'min-h-10 rounded-md border bg-white px-3 py-2 text-sm',
          error ? 'border-fail' : 'border-line',
        )}
        {...input}
        onChange={held.onChange}
        onBlur={held.onBlur}
        onFocus={held.onFocus}
      />
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-fail">
          {error}
        </p>
      ) : null}
    </div>
  );
}
