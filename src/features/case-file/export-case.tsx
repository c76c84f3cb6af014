import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { cn } from '../../components/ui/cn';
import { formatInZone, LIMITS, todayIso, toQuestionnaireResponse } from '../../engine';
import { downloadJson } from './export-download';
import { caseFileName, questionnaireResponseFileName } from './export-file-name';
import { draftOf } from './draft';
import { getTypedReview, markExported, useReview } from './review-store';

/**
 * "Export case file" and "Export FHIR QuestionnaireResponse": the review in progress, saved to
 * this computer. The case file is the app's own document (Import case reads it back); the
 * QuestionnaireResponse answers the policy's published Questionnaire, for a payer's
 * prior-authorization systems.
 */
export function ExportButtons({ className }: { readonly className?: string }) {
  const review = useReview();
  const [saved, setSaved] = useState<string>();
  // What the case file had to leave out of the review as typed (a note too long, say): said here,
  // where the file is made, so nothing is left out of it unseen.
  const leftOut = draftOf(getTypedReview()).problems.filter((p) => p.at[0] === 'notes');

  const exportCaseFile = () => {
    const name = caseFileName(review, todayIso(Date.now()));
    downloadJson(name, review);
    markExported();
    setSaved(name);
  };
  const exportQuestionnaireResponse = () => {
    const now = Date.now();
    const name = questionnaireResponseFileName(review, todayIso(now));
    downloadJson(name, toQuestionnaireResponse(review, { authored: formatInZone(now) }));
    setSaved(name);
  };

  return (
    <div className={cn('flex flex-col gap-2 print:hidden', className)}>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={exportCaseFile}>
          Export case file
        </Button>
        <Button variant="secondary" onClick={exportQuestionnaireResponse}>
          Export FHIR QuestionnaireResponse
        </Button>
      </div>
      {leftOut.length > 0 ? (
        <p className="text-sm font-semibold text-fail">
          {leftOut.length === 1 ? 'A note is' : `${leftOut.length} notes are`} longer than the{' '}
          {LIMITS.noteLength.toLocaleString('en-US')} characters a case file holds and left out of
          the export ({leftOut.map((p) => p.at[1]).join(', ')}). Shorten{' '}
          {leftOut.length === 1 ? 'it' : 'them'} on {leftOut.length === 1 ? 'its' : 'their'} step to
          include {leftOut.length === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      <p role="status" className="text-sm text-muted">
        {saved ? (
          <>
            Saved <span className="font-mono break-all">{saved}</span> to your downloads.
          </>
        ) : null}
      </p>
    </div>
  );
}
