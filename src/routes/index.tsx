import { createRoute } from '@tanstack/react-router';
import { POLICY } from '../policy';
import { rootRoute } from './root';

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: () => (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-2xl font-bold">
        {POLICY.title} review
      </h1>
      <p>
        {POLICY.number} · {POLICY.plan} · revision {POLICY.revision}
      </p>
    </main>
  ),
});
