import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type AnswerLabel = 'Met' | 'Not met' | 'Absent' | 'Present' | 'Not documented';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The group of a policy item: its accessible name starts with the item's ID. */
export function itemGroup(page: Page, id: string) {
  return page.getByRole('group', { name: new RegExp(`^${escapeRegExp(id)} `) });
}

export async function answer(page: Page, id: string, label: AnswerLabel): Promise<void> {
  await itemGroup(page, id).getByRole('radio', { name: label, exact: true }).check();
}

export async function answerAll(
  page: Page,
  ids: readonly string[],
  label: AnswerLabel,
): Promise<void> {
  for (const id of ids) await answer(page, id, label);
}

export const OPIOID = 'An opioid, alone or with non-opioid drugs' as const;
export const PUMP_IN_PLACE = /^A pump already in place/;
export const OTHER_INDICATION = /^Another indication/;

export interface RequestChoice {
  drug?: typeof OPIOID | 'Baclofen' | 'Another drug';
  request?: 'Trial' | 'Implant' | typeof PUMP_IN_PLACE;
  indication?: 'Malignant' | 'Non-malignant' | typeof OTHER_INDICATION;
}

function radioName(name: string | RegExp) {
  return typeof name === 'string' ? { name, exact: true } : { name };
}

export async function chooseRequest(page: Page, choice: RequestChoice): Promise<void> {
  if (choice.drug) await page.getByRole('radio', radioName(choice.drug)).check();
  if (choice.request) await page.getByRole('radio', radioName(choice.request)).check();
  if (choice.indication) await page.getByRole('radio', radioName(choice.indication)).check();
}

/** The live determination: the one element that carries data-outcome. */
export function determination(page: Page) {
  return page.locator('[data-outcome]');
}

export async function expectOutcome(page: Page, outcome: string): Promise<void> {
  await expect(determination(page)).toHaveAttribute('data-outcome', outcome);
}

export async function nextStep(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^Next: ${escapeRegExp(title)}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Go to a page and wait until it is drawn whole: the steps load their code on demand. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (path.startsWith('/review/')) {
    await expect(page.getByRole('navigation', { name: 'Step navigation' })).toBeVisible();
  }
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

// The wizard's steps, in order, by their addresses (/review/<step>). Written out here, not
// imported from the app: a step the app lost would fail the tests rather than drop out of them.
export const WIZARD_STEPS = [
  'request',
  'trial-criteria',
  'contraindications',
  'implant-criteria',
  'codes',
  'determination',
] as const;

// The indication items, each asked first in its section (DESIGN.md, "The policy as data").
export const INDICATIONS = ['I.A.1', 'I.A.2', 'II.A.1', 'II.A.2'] as const;

/** The Background's definition, every indication's help (the policy's own words). */
export const CHRONIC_PAIN_HELP =
  'Chronic pain is often defined as pain that persists longer than six months.';

// The lettered and numbered item IDs by section, as DESIGN.md lists them (the indication aside).
export const SECTION_ITEMS = {
  'I.A.1': ['I.A.1.a', 'I.A.1.b', 'I.A.1.c'],
  'I.A.2': ['I.A.2.a', 'I.A.2.b', 'I.A.2.c', 'I.A.2.d', 'I.A.2.e', 'I.A.2.f', 'I.A.2.g', 'I.A.2.h'],
  'I.B': ['I.B.1', 'I.B.2', 'I.B.3', 'I.B.4', 'I.B.5'],
  'II.A.1': ['II.A.1.a', 'II.A.1.b', 'II.A.1.c', 'II.A.1.d'],
  'II.A.2': [
    'II.A.2.a',
    'II.A.2.b',
    'II.A.2.c',
    'II.A.2.d',
    'II.A.2.e',
    'II.A.2.f',
    'II.A.2.g',
    'II.A.2.h',
    'II.A.2.i',
  ],
  'II.B': ['II.B.1', 'II.B.2', 'II.B.3', 'II.B.4', 'II.B.5'],
} as const;
