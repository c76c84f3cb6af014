import type { KeyboardEvent, ReactNode } from 'react';
import { cn } from './cn';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
  /** A key shown beside the option, when the group answers to one. */
  readonly shortcut?: string;
}

export interface RadioGroupProps<V extends string> {
  /** The group's accessible name: a fieldset legend. */
  readonly legend: ReactNode;
  readonly name: string;
  readonly options: readonly RadioOption<V>[];
  readonly value: V | '';
  readonly onChange: (value: V) => void;
  readonly id?: string;
  readonly description?: ReactNode;
  readonly error?: string;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly legendClassName?: string;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
  readonly children?: ReactNode;
  readonly tone?: (value: V) => string | undefined;
  /** Shown under the legend, outside the group's name (e.g. the item's status). */
  readonly aside?: ReactNode;
  readonly 'data-item'?: string;
}

/** A fieldset of native radios: Tab enters the group, arrow keys move between options. */
export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  id,
  description,
  error,
  disabled,
  className,
  legendClassName,
  onKeyDown,
  children,
  tone,
  aside,
  'data-item': dataItem,
}: RadioGroupProps<V>) {
  const descriptionId = description ? `${name}-description` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      className={cn('min-w-0', className)}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
      onKeyDown={onKeyDown}
      data-item={dataItem}
    >
      {/* Floated so a legend of several lines wraps inside the box instead of across its border. */}
      <legend className={cn('float-left mb-2 w-full', legendClassName ?? 'font-semibold')}>
        {legend}
      </legend>
      <div className="clear-both" />
      {aside}
      {description ? (
        <div id={descriptionId} className="mb-2 text-sm text-muted">
          {description}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const checked = option.value === value;
          return (
            <div
              key={option.value}
              className={cn(
                'flex min-h-10 items-center rounded-md border text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus',
                checked
                  ? [tone?.(option.value) ?? 'border-brand bg-brand-soft', 'font-semibold']
                  : 'border-line bg-white',
              )}
            >
              <label className="flex min-h-10 cursor-pointer items-center gap-2 py-1.5 pr-2 pl-3">
                <input
                  type="radio"
                  className="size-4 accent-brand focus-visible:outline-none"
                  name={name}
                  value={option.value}
                  checked={checked}
                  onChange={() => onChange(option.value)}
                />
                <span>{option.label}</span>
              </label>
              {option.shortcut ? (
                <kbd
                  aria-hidden="true"
                  className="mr-2 rounded border border-line px-1 text-xs text-muted"
                >
                  {option.shortcut}
                </kbd>
              ) : (
                <span className="pr-1" />
              )}
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-fail">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
