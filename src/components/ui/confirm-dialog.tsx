import type { ReactNode, RefObject } from 'react';
import { Button } from './button';

export interface ConfirmDialogProps {
  /** The <dialog>: showModal() opens it, close() closes it. */
  readonly ref: RefObject<HTMLDialogElement | null>;
  /** Prefix of the title's and the text's ids. */
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  /** The safe choice, focused first: it closes the dialog and changes nothing. */
  readonly keep: string;
  /** The choice that goes on. */
  readonly go: string;
  readonly goVariant?: 'primary' | 'danger';
  readonly onGo: () => void;
  readonly onClose?: () => void;
}

/**
 * A question asked before something that cannot be undone: a modal <dialog> (Escape closes it,
 * focus stays inside) whose first focus is the choice that changes nothing.
 */
export function ConfirmDialog({
  ref,
  id,
  title,
  children,
  keep,
  go,
  goVariant = 'danger',
  onGo,
  onClose,
}: ConfirmDialogProps) {
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onClose}
      className="m-auto max-w-md rounded-lg border border-line p-6 shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {title}
      </h2>
      <p id={`${id}-text`} className="mt-2 text-sm">
        {children}
      </p>
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" autoFocus onClick={() => ref.current?.close()}>
          {keep}
        </Button>
        <Button variant={goVariant} onClick={onGo}>
          {go}
        </Button>
      </div>
    </dialog>
  );
}
