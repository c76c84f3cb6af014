import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { TextField } from '../../components/ui/text-field';
import { LIMITS, withoutHiddenCharacters } from '../../engine';
import type { ReviewFormValues } from './form-values';

export type IdentifierName = {
  [K in keyof ReviewFormValues]: ReviewFormValues[K] extends string ? K : never;
}[keyof ReviewFormValues];

/**
 * A name or an identifier (member ID, NPI, a reference number). Invisible direction and control
 * characters are taken out as they are typed or pasted, and the field says so: they could make
 * the ID display as a different one on the summary, and a case file refuses them.
 */
export function IdentifierField({
  name,
  label,
}: {
  readonly name: IdentifierName;
  readonly label: string;
}) {
  const { register } = useFormContext<ReviewFormValues>();
  const [removed, setRemoved] = useState(0);
  const field = register(name);
  return (
    <div className="flex flex-col gap-1">
      <TextField
        id={name}
        label={label}
        autoComplete="off"
        maxLength={LIMITS.textLength}
        aria-describedby={removed > 0 ? `${name}-removed` : undefined}
        {...field}
        onChange={(event) => {
          const clean = withoutHiddenCharacters(event.target.value);
          if (clean.removed > 0) {
            event.target.value = clean.text;
            setRemoved(clean.removed);
          }
          return field.onChange(event);
        }}
      />
      <p id={`${name}-removed`} role="status" className="text-sm font-semibold text-review">
        {removed > 0
          ? `Removed ${removed} invisible direction or control character${removed === 1 ? '' : 's'} from what was typed or pasted: they can make it display as something else.`
          : null}
      </p>
    </div>
  );
}
