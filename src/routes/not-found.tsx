import { Link } from '@tanstack/react-router';

/** Any address the app does not know lands here, never on a blank page. */
export function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">
        There is no page at this address. The review in progress is kept in this browser tab and is
        unchanged.
      </p>
      <ul className="mt-4 list-disc pl-5">
        <li>
          <Link to="/review/$step" params={{ step: 'request' }} className="text-brand underline">
            Continue the review
          </Link>
        </li>
        <li>
          <Link to="/" className="text-brand underline">
            Home
          </Link>
        </li>
      </ul>
    </main>
  );
}
