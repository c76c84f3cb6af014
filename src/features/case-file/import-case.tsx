import { useNavigate } from '@tanstack/react-router';
import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { cn } from '../../components/ui/cn';
import type { CaseFile, CaseFileProblem } from '../../engine';
import { hasSavedReview } from './saved-review';

/**
 * "Import case": a file input and a drop zone. A good file replaces the review in progress and
 * opens its determination; a bad one is refused with what is wrong and where, and the review in
 * progress stays exactly as it was.
 */
export function ImportCase() {
  const uid = useId();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<{ file: string; list: readonly CaseFileProblem[] }>();
  const [notLoaded, setNotLoaded] = useState<string>();
  const [dragging, setDragging] = useState(false);
  // A good file waiting for the reviewer to say it may replace the review in progress.
  const [pending, setPending] = useState<{ file: string; caseFile: CaseFile }>();
  const dialog = useRef<HTMLDialogElement>(null);

  const open = async (caseFile: CaseFile) => {
    // Loaded already: the file was read with it.
    const { replaceReview } = await import('./review-store');
    replaceReview(caseFile);
    await navigate({
      to: '/review/$step',
      params: { step: 'determination' },
      search: (prev) => ({ mode: prev.mode }),
    });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // The parser and the review store load with the first file, not with the home page.
    let modules;
    try {
      modules = await Promise.all([import('./read-case-file'), import('./review-store')]);
    } catch {
      // Their files are gone: a new version of the app was deployed since this page opened (or
      // the network is down and they were never cached). Said, never silently nothing.
      setProblems(undefined);
      setNotLoaded(file.name);
      return;
    }
    const [{ readCaseFile }] = modules;
    setNotLoaded(undefined);
    const result = await readCaseFile(file);
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems });
      return;
    }
    setProblems(undefined);
    if (hasSavedReview()) {
      // The review in progress would be lost: ask first, and change nothing until asked.
      setPending({ file: file.name, caseFile: result.caseFile });
      dialog.current?.showModal();
      return;
    }
    await open(result.caseFile);
  };

  const confirm = () => {
    dialog.current?.close();
    if (pending) void open(pending.caseFile);
    setPending(undefined);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        'flex flex-col gap-2 rounded-lg border-2 border-dashed p-4',
        dragging ? 'border-brand bg-brand-soft' : 'border-line bg-white',
      )}
    >
      <label htmlFor={`${uid}-file`} className="font-semibold">
        Import case
      </label>
      <p id={`${uid}-hint`} className="text-sm text-muted">
        Choose a case file (.json) or drop it here. It is read in this browser and sent nowhere.
      </p>
      <input
        id={`${uid}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${uid}-hint`}
        className="text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-line file:bg-brand-soft file:px-3 file:font-semibold"
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {notLoaded ? (
        <div role="alert" className="rounded-md border-2 border-fail bg-fail-soft p-3 text-sm">
          <p className="font-semibold">
            {notLoaded} was not imported: the part of the app that reads case files could not be
            loaded, most likely because a new version of the app has been published since this page
            was opened. The review in progress is unchanged.
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            Reload the page, then import the file again.
            <Button variant="secondary" onClick={() => window.location.reload()}>
              Reload the page
            </Button>
          </p>
        </div>
      ) : null}
      {problems ? (
        <div role="alert" className="rounded-md border-2 border-fail bg-fail-soft p-3 text-sm">
          <p className="font-semibold">
            {problems.file} was not imported. The review in progress is unchanged.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {problems.list.slice(0, 10).map((p, i) => (
              <li key={i}>
                <code className="font-mono">{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {problems.list.length > 10 ? <p>…and {problems.list.length - 10} more.</p> : null}
        </div>
      ) : null}
      <ConfirmDialog
        ref={dialog}
        id={`${uid}-replace`}
        title="Replace the review in progress?"
        keep="Keep the review in progress"
        go="Replace it with the file"
        onGo={confirm}
        onClose={() => setPending(undefined)}
      >
        Opening <span className="font-mono break-all">{pending?.file}</span> replaces every answer
        of the review in progress in this browser. Export that review first if you need to keep it.
      </ConfirmDialog>
    </div>
  );
}
