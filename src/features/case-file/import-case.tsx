import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type DragEvent } from 'react';
import { Button } from '../../components/ui/button';
import { cn } from '../../components/ui/cn';
import type { CaseFileProblem } from '../../engine';

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
    const [{ readCaseFile }, { replaceReview }] = modules;
    setNotLoaded(undefined);
    const result = await readCaseFile(file);
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems });
      return;
    }
    setProblems(undefined);
    replaceReview(result.caseFile);
    await navigate({
      to: '/review/$step',
      params: { step: 'determination' },
      search: (prev) => ({ mode: prev.mode }),
    });
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
    </div>
  );
}
