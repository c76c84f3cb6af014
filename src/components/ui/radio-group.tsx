import type { KeyboardEvent, ReactNode } from 'react';
import { cn } from './cn';
import { focusNextStop } from './focus-next';

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
  /**
   * `row`: where there is room, the legend and the answers share one line (the answers on the
   * right) and whatever follows spans the row below. Room is the width of the nearest container
   * (`@container`), at least 42rem, not the screen's: beside two side columns a laptop's screen
   * may leave the questions too little. With less room it is stacked like the default.
   */
  readonly layout?: 'stacked' | 'row';
  /**
   * The digit keys choose: 1 the first option, 2 the second and so on, then focus moves on to
   * the next field, as the policy items' 1/2/3 do.
   */
  readonly numberKeys?: boolean;
  /** Controls after the answers, outside the group's name: in a row, at the row's end. */
  readonly actions?: ReactNode;
}

/**
 * A choice's words, bold once chosen, in room kept for the bold ones (an invisible copy beside
 * them): nothing moves under the pointer.
 */
export function ChosenInPlace({
  label,
  chosen,
}: {
  readonly label: string;
  readonly chosen: boolean;
}) {
  return (
    <span className="inline-grid">
      <span className={cn('col-start-1 row-start-1', chosen && 'font-semibold')}>{label}</span>
      <span aria-hidden="true" className="invisible col-start-1 row-start-1 font-semibold">
        {label}
      </span>
    </span>
  );
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
  layout = 'stacked',
  actions,
  numberKeys,
}: RadioGroupProps<V>) {
  const shown = numberKeys
    ? options.map((option, index) => ({ ...option, shortcut: String(index + 1) }))
    : options;
  const onGroupKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    onKeyDown?.(event);
    if (!numberKeys || event.defaultPrevented || disabled) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
    const option = options[Number(event.key) - 1];
    if (!/^[1-9]$/.test(event.key) || !option) return;
    event.preventDefault();
    onChange(option.value);
    focusNextStop(event.currentTarget);
  };
  const row = layout === 'row';
  const descriptionId = description ? `${name}-description` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      className={cn(
        'min-w-0',
        // A floated legend is an ordinary box, so in the grid it takes the first cell.
        row && '@2xl:grid @2xl:grid-cols-[minmax(0,1fr)_auto_auto] @2xl:items-start @2xl:gap-x-3',
        className,
      )}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
      onKeyDown={onGroupKeyDown}
      data-item={dataItem}
      data-number-keys={numberKeys ? '' : undefined}
    >
      {/* Floated so a legend of several lines wraps inside the box instead of across its border. */}
      <legend
        className={cn(
          'float-left mb-2 w-full',
          row && '@2xl:col-start-1 @2xl:row-start-1 @2xl:mb-0 @2xl:self-center',
          legendClassName ?? 'font-semibold',
        )}
      >
        {legend}
      </legend>
      <div className={cn('clear-both', row && '@2xl:hidden')} />
      {aside ? <div className={cn(row && '@2xl:col-span-full')}>{aside}</div> : null}
      {description ? (
        <div
          id={descriptionId}
          className={cn('mb-2 text-sm text-muted', row && '@2xl:col-span-full')}
        >
          {description}
        </div>
      ) : null}
      <div
        className={cn(
          'flex flex-wrap gap-2',
          row && '@2xl:col-start-2 @2xl:row-start-1 @2xl:flex-nowrap @2xl:justify-end @2xl:gap-1',
        )}
      >
        {shown.map((option) => {
          const checked = option.value === value;
          return (
            <div
              key={option.value}
              className={cn(
                'flex min-h-10 items-center rounded-md border text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus',
                row && '@2xl:min-h-8',
                checked
                  ? (tone?.(option.value) ?? 'border-brand bg-brand-soft')
                  : 'border-line bg-white',
              )}
            >
              <label
                className={cn(
                  'flex min-h-10 cursor-pointer items-center gap-2 py-1.5 pr-2 pl-3',
                  row && '@2xl:min-h-8 @2xl:gap-1.5 @2xl:py-1 @2xl:pr-1.5 @2xl:pl-2',
                )}
              >
                <input
                  type="radio"
                  className="size-4 accent-brand focus-visible:outline-none"
                  name={name}
                  value={option.value}
                  checked={checked}
                  onChange={() => onChange(option.value)}
                />
                <ChosenInPlace label={option.label} chosen={checked} />
              </label>
              {option.shortcut ? (
                <kbd
                  aria-hidden="true"
                  className={cn(
                    'mr-2 rounded border border-line px-1 text-xs text-muted',
                    // A row has no room for the keys: they are listed with the shortcuts.
                    row && '@2xl:hidden',
                  )}
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
      {actions ? (
        <div className={cn('mt-2', row && '@2xl:col-start-3 @2xl:row-start-1 @2xl:mt-0')}>
          {actions}
        </div>
      ) : null}
      {error ? (
        <p
          id={errorId}
          className={cn('mt-1 text-sm font-semibold text-fail', row && '@2xl:col-span-full')}
        >
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
