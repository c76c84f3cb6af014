import { Link, useSearch } from '@tanstack/react-router';
import { Suspense } from 'react';
import { buttonVariants } from '../../components/ui/button';
import { POLICY, QUESTIONNAIRE_FILE } from '../../policy';
import { hasSavedReview, ImportCase, LazyExportButtons, NewReviewButton } from '../case-file';

export function HomePage() {
  const inProgress = hasSavedReview();
  // A provider's office is never told of an approval, not even the policy's own approval date.
  const provider = useSearch({ strict: false }).mode === 'provider';
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <header>
        <h1 className="text-3xl font-bold">{POLICY.title} review</h1>
        <p className="mt-2 text-muted">
          Policy {POLICY.number}, {POLICY.plan}. Revision {POLICY.revision},{' '}
          {provider ? null : `approved ${POLICY.approved}, `}effective {POLICY.effective}.
        </p>
        <p className="mt-2">
          Step by step through the policy: scope, trial or implant, the criteria, the
          contraindications and the requested codes, with the determination worked out as you
          answer. Everything stays in this browser tab; nothing is sent anywhere.
        </p>
      </header>
      {/* A provider's office (?mode=provider) is led to its self-check first. */}
      {provider ? (
        <>
          <section
            data-provider-start=""
            aria-labelledby="provider-title"
            className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
          >
            <h2 id="provider-title" className="text-xl font-semibold">
              Provider’s office: check a request before you submit it
            </h2>
            <p className="text-sm">
              The same questions, asked of your records. It ends in a checklist of what to attach
              for anything missing. Decision support only: not a coverage determination.
            </p>
            <div>
              <Link
                to="/review/$step"
                params={{ step: 'request' }}
                search={{ mode: 'provider' }}
                className={buttonVariants({ variant: provider ? 'primary' : 'secondary' })}
              >
                Start a provider self-check
              </Link>
            </div>
          </section>
          <section aria-labelledby="start-title" className="flex flex-col gap-3">
            <h2 id="start-title" className="text-xl font-semibold">
              Review a request
            </h2>
            <div className="flex flex-wrap gap-2">
              <Link
                to="/review/$step"
                params={{ step: 'request' }}
                search={{ mode: undefined }}
                className={buttonVariants({ variant: 'primary' })}
              >
                {inProgress ? 'Continue the review in progress' : 'Start a review'}
              </Link>
              {inProgress ? <NewReviewButton /> : null}
            </div>
          </section>
        </>
      ) : (
        <>
          <section aria-labelledby="start-title" className="flex flex-col gap-3">
            <h2 id="start-title" className="text-xl font-semibold">
              Review a request
            </h2>
            <div className="flex flex-wrap gap-2">
              <Link
                to="/review/$step"
                params={{ step: 'request' }}
                search={{ mode: undefined }}
                className={buttonVariants({ variant: 'primary' })}
              >
                {inProgress ? 'Continue the review in progress' : 'Start a review'}
              </Link>
              {inProgress ? <NewReviewButton /> : null}
            </div>
          </section>
          <section
            data-provider-start=""
            aria-labelledby="provider-title"
            className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
          >
            <h2 id="provider-title" className="text-xl font-semibold">
              Provider’s office: check a request before you submit it
            </h2>
            <p className="text-sm">
              The same questions, asked of your records. It ends in a checklist of what to attach
              for anything missing. Decision support only: not a coverage determination.
            </p>
            <div>
              <Link
                to="/review/$step"
                params={{ step: 'request' }}
                search={{ mode: 'provider' }}
                className={buttonVariants({ variant: provider ? 'primary' : 'secondary' })}
              >
                Start a provider self-check
              </Link>
            </div>
          </section>
        </>
      )}
      <section aria-labelledby="import-title" className="flex flex-col gap-3">
        <h2 id="import-title" className="text-xl font-semibold">
          Open a saved review
        </h2>
        <ImportCase />
      </section>
      {inProgress ? (
        <section aria-labelledby="export-title" className="flex flex-col gap-3">
          <h2 id="export-title" className="text-xl font-semibold">
            Save the review in progress
          </h2>
          <p className="text-sm">
            As a case file, to open again with Import case; or as a FHIR QuestionnaireResponse to
            the policy&rsquo;s{' '}
            <a
              href={`${import.meta.env.BASE_URL}${QUESTIONNAIRE_FILE}`}
              className="text-brand underline"
            >
              published Questionnaire
            </a>
            , for a prior-authorization system. The file is made in this browser.
          </p>
          <Suspense fallback={<p className="text-sm text-muted">Loading the export…</p>}>
            <LazyExportButtons />
          </Suspense>
        </section>
      ) : null}
    </main>
  );
}
