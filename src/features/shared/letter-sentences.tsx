import { useState } from 'react';
import {
  memberSentence,
  plainNote,
  providerSentence,
  type CaseFile,
  type Determination,
} from '../../engine';
import type { ItemId } from '../../policy';

/** Copies a sentence to the clipboard, and says so (or says to select it, where copying is refused). */
function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      setSaid('Copying is not allowed here: select the sentence and copy it.');
    }
  };
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={() => void copy()}
        className="min-h-6 text-sm text-brand underline underline-offset-2 hover:no-underline"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-muted">
        {said}
      </span>
    </span>
  );
}

export interface LetterSentence {
  readonly id: ItemId;
  readonly member: string;
  readonly provider: string;
}

/** For each failing or missing item, the sentence for the member's letter and for the provider. */
export function letterSentences(review: CaseFile, determination: Determination): LetterSentence[] {
  const ids = [...determination.failing, ...determination.missing];
  return ids.map((id) => {
    const answer = review.answers[id] ?? null;
    return {
      id,
      member: memberSentence(id, answer),
      provider: providerSentence(id, answer, plainNote(review.notes?.[id])),
    };
  });
}

export interface LetterSentencesProps {
  readonly review: CaseFile;
  readonly determination: Determination;
  /** The heading's level: a section of the determination step, or of the printed summary. */
  readonly headingClassName?: string;
  readonly className?: string;
}

/**
 * Sentences for the letters, each copyable: for the member, in plain words that name the
 * requirement and spell out every abbreviation; for the provider, the policy's words and what to
 * send. What else a plan's letters must hold the policy does not say, and this does not add.
 */
export function LetterSentences({
  review,
  determination,
  headingClassName = 'text-lg font-semibold',
  className,
}: LetterSentencesProps) {
  const sentences = letterSentences(review, determination);
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby="letter-sentences-title" className={className}>
      <h2 id="letter-sentences-title" className={headingClassName}>
        Sentences for the letters ({sentences.length})
      </h2>
      <p className="text-sm text-muted print:text-ink">
        One for the member’s letter and one for the provider, for each requirement not met or not
        documented.
      </p>
      <ol className="mt-2 flex flex-col gap-3 print:gap-1">
        {sentences.map((s) => (
          <li
            key={s.id}
            className="summary-reason rounded-md border border-line bg-white p-2 print:border-0 print:p-0"
          >
            <p className="text-xs font-semibold text-muted print:text-ink">
              <span className="font-mono">{s.id}</span>: for the member
            </p>
            <p data-letter="member">{s.member}</p>
            <CopyButton text={s.member} label={`Copy the member’s sentence for ${s.id}`} />
            <p className="mt-1 text-xs font-semibold text-muted print:text-ink">
              <span className="font-mono">{s.id}</span>: for the provider
            </p>
            <p data-letter="provider">{s.provider}</p>
            <CopyButton text={s.provider} label={`Copy the provider’s sentence for ${s.id}`} />
          </li>
        ))}
      </ol>
    </section>
  );
}
