import type { KeyboardEvent, ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { RadioGroup, type RadioOption } from '../../components/ui/radio-group';
import { cn } from '../../components/ui/cn';
import { ANSWER_LABELS, answersFor, type Answer, type ItemTrace } from '../../engine';
import type { PolicyItem } from '../../policy';
import { itemDomId, toFormKey } from './form-keys';
import type { ReviewFormValues } from './form-values';
import { ItemHelper } from './item-helpers';
import { NoteField } from './note-field';
import { StatusBadge } from './status-badge';

export const ANSWER_KEYS = ['1', '2', '3'] as const;

function optionsFor(item: PolicyItem): RadioOption<Answer>[] {
  return answersFor(item.kind).map((value, index) => ({
    value,
    label: ANSWER_LABELS[value],
    shortcut: ANSWER_KEYS[index],
  }));
}

function answerTone(value: Answer): string | undefined {
  if (value === 'met' || value === 'absent') return 'border-met bg-met-soft';
  if (value === 'not_met' || value === 'present') return 'border-fail bg-fail-soft';
  return 'border-missing bg-missing-soft';
}

/** Moves focus to the next item's answer on the page, or to the step's own "Next" control. */
function focusNextItem(from: HTMLElement): void {
  const groups = Array.from(document.querySelectorAll<HTMLElement>('fieldset[data-item]'));
  const next = groups[groups.indexOf(from) + 1];
  const target = next
    ? (next.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      next.querySelector<HTMLInputElement>('input[type="radio"]'))
    : document.querySelector<HTMLElement>('[data-next-step]');
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}

export interface ItemGroupProps {
  readonly item: PolicyItem;
  readonly trace: ItemTrace | undefined;
  readonly readOnly?: boolean;
  readonly prompt?: string;
  /** A mark the policy sets after the item's text (II.A.1.a's `*`, which points to the Note). */
  readonly mark?: ReactNode;
}

/** One item of the policy: its ID and exact text, three answers, and an optional note. */
export function ItemGroup({ item, trace, readOnly, prompt, mark }: ItemGroupProps) {
  const { control } = useFormContext<ReviewFormValues>();
  const key = toFormKey(item.id);
  const options = optionsFor(item);

  return (
    <Controller
      control={control}
      name={`answers.${key}`}
      render={({ field }) => {
        const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
          const target = event.target as HTMLElement;
          if (
            readOnly ||
            target.tagName !== 'INPUT' ||
            (target as HTMLInputElement).type !== 'radio'
          )
            return;
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          const index = (ANSWER_KEYS as readonly string[]).indexOf(event.key);
          const option = options[index];
          if (!option) return;
          event.preventDefault();
          field.onChange(option.value);
          focusNextItem(event.currentTarget);
        };
        return (
          <RadioGroup<Answer>
            id={itemDomId(item.id)}
            data-item={item.id}
            name={`answer-${key}`}
            legend={
              <>
                <span className="font-mono text-brand">{item.id}</span> {item.text}
                {mark}
              </>
            }
            legendClassName="font-normal"
            description={prompt}
            options={options}
            value={field.value ?? ''}
            onChange={field.onChange}
            onKeyDown={onKeyDown}
            disabled={readOnly}
            tone={answerTone}
            className={cn(
              'scroll-mt-24 rounded-lg border border-line bg-white p-4',
              trace?.status === 'failing' && 'border-l-4 border-l-fail',
              trace?.status === 'not_documented' && 'border-l-4 border-l-missing',
              trace?.status === 'satisfied' && 'border-l-4 border-l-met',
            )}
            aside={trace ? <StatusBadge status={trace.status} /> : null}
          >
            <ItemHelper id={item.id} />
            <NoteField id={item.id} readOnly={readOnly} />
          </RadioGroup>
        );
      }}
    />
  );
}
