import { lazy } from 'react';

/** The export buttons, loaded with the engine when first shown rather than with the page. */
export const LazyExportButtons = lazy(() =>
  import('./export-case').then((module) => ({ default: module.ExportButtons })),
);
