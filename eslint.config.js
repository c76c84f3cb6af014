import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports: policy ← engine ← features ← routes (STYLE.md). The linter holds the line.
const UI_LIBRARIES = '^(react|react-dom|react-hook-form|@hookform/[^/]+|@tanstack/[^/]+)(/.*)?$';
const FEATURE_INTERNALS = {
  regex: '^(\\.\\./\\.\\./features/[^/]+|\\.\\./[^./][^/]*)/.+',
  message: 'Import another feature through its index, not its internals.',
};
const NO_ROUTES = {
  regex: '(^|/)routes(/|$)',
  message: 'Features do not import routes; routes import features.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text: no dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/policy/**/*.{ts,tsx}'],
    ignores: ['src/policy/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message: 'src/policy is plain data: it imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: UI_LIBRARIES,
              message: 'src/engine is pure: no React, router or form library.',
            },
            {
              regex: '^\\.\\./(features|routes|components|cli)(/|$)',
              message: 'src/engine depends on src/policy only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: UI_LIBRARIES, message: 'The command line runs the engine, not the app.' },
            {
              regex: '^\\.\\./(features|routes|components)(/|$)',
              message: 'The command line runs the engine, not the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_ROUTES,
            {
              regex: '^\\.\\./\\.\\./features/[^/]+/.+',
              message: 'Import another feature through its index, not its internals.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [NO_ROUTES, FEATURE_INTERNALS],
        },
      ],
    },
  },
  {
    // The summary and the wizard are separate pages: what both need lives in features/shared.
    files: ['src/features/summary/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_ROUTES,
            FEATURE_INTERNALS,
            {
              regex: '^\\.\\./(\\.\\./features/)?review(/|$)',
              message:
                'The summary does not import the wizard: move what both need to features/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_ROUTES,
            {
              regex: '^\\.\\./(\\.\\./features/)?[^./][^/]*(/|$)',
              message: 'features/shared is what the other features share: it imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/routes/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./features/[^/]+/.+',
              message:
                'A route imports a feature through its index (features/NAME), not its internals.',
            },
          ],
        },
      ],
    },
  },
);
