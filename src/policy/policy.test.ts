import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  EFFECTIVE_DATE,
  PARTS,
  POLICY,
  REFERRALS,
  TRIAL_WAIVER_MARK,
  TRIAL_WAIVER_NOTE,
  TRIAL_WAIVER_REASONS,
  WAIVED_BY_TRIAL_WAIVER,
  ITEM_BY_ID,
} from './index';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POLICY_TEXT = readFileSync(path.resolve(HERE, '../../docs/policy/LA.CP.MP.173.txt'), 'utf8');
const LINES = POLICY_TEXT.split(/\r?\n/).map((l) => l.trim());

/** The value after "Label:" on the document's own header line. */
function headerValue(label: string): string {
  const line = LINES.find((l) => l.startsWith(`${label}:`));
  if (!line) throw new Error(`no "${label}:" line in the policy`);
  return line.slice(label.length + 1).trim();
}

/** Rows of the "Reviews, Revisions, and Approvals" table: description, revision, approval, effective. */
function revisionLog(): string[][] {
  const start = LINES.findIndex((l) => l.startsWith('Reviews, Revisions, and Approvals'));
  const end = LINES.findIndex((l, i) => i > start && l === 'References');
  return LINES.slice(start + 1, end)
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

describe('policy metadata', () => {
  it('number, title and plan are the document’s', () => {
    expect(POLICY.number).toBe(headerValue('Reference Number'));
    expect(POLICY.number).toBe('LA.CP.MP.173');
    expect(`Clinical Policy: ${POLICY.title}`).toBe(
      LINES.find((l) => l.startsWith('Clinical Policy:')),
    );
    expect(POLICY.title).toBe('Implantable Intrathecal or Epidural Pain Pump');
    expect(POLICY.plan).toBe('Louisiana Healthcare Connections');
    expect(POLICY_TEXT).toContain(`It is the policy of ${POLICY.plan} that`);
  });

  it('revision 1/26, approved 3/30/26, effective 4/30/26: the last row of the revision log', () => {
    expect(POLICY.revision).toBe('1/26');
    expect(POLICY.approved).toBe('3/30/26');
    expect(POLICY.effective).toBe('4/30/26');
    expect(EFFECTIVE_DATE).toBe('2026-04-30');
    expect(headerValue('Date of Last Revision')).toBe(POLICY.revision);
    const log = revisionLog();
    expect(log.length).toBeGreaterThan(1);
    const last = log[log.length - 1]!;
    expect(last.slice(1)).toEqual([POLICY.revision, POLICY.approved, POLICY.effective]);
  });
});

/** A line of the policy without its list dash, its outline number and its bold or italic marks. */
function plain(line: string): string {
  return line
    .replace(/^-\s*/, '')
    .replace(/^[IVX]+\.\s+|^[A-Z]\.\s+/, '')
    .replace(/\*/g, '');
}

describe('Part I and Part II: the opening statements and the A. lead-in', () => {
  it('are the policy’s, word for word', () => {
    const partLine = (number: string) =>
      LINES.find((l) => l.replace(/^-\s*/, '').startsWith(`${number}. It is the policy`));
    expect(PARTS.trial.statement).toBe(plain(partLine('I')!));
    expect(PARTS.implant.statement).toBe(plain(partLine('II')!));
    const leadIns = LINES.filter((l) => /^(-\s*)?A\. Request is for/.test(l)).map(plain);
    expect(leadIns).toEqual([PARTS.trial.indications, PARTS.implant.indications]);
  });
});

describe('scope referrals', () => {
  it('baclofen goes to LA.PHAR.149 and other indications to LA.CP.MP.107, as the policy’s own Refer lines say', () => {
    const referLines = LINES.filter((l) => /^\*?Refer to/.test(l)).map((l) => l.replace(/\*/g, ''));
    expect(referLines).toEqual([REFERRALS['LA.PHAR.149'].text, REFERRALS['LA.CP.MP.107'].text]);
    expect(REFERRALS['LA.PHAR.149'].number).toBe('LA.PHAR.149');
    expect(REFERRALS['LA.PHAR.149'].text).toContain('Baclofen');
    expect(REFERRALS['LA.CP.MP.107'].number).toBe('LA.CP.MP.107');
    expect(REFERRALS['LA.CP.MP.107'].text).toContain('other indications');
  });
});

describe('the Note on waiving the trial (under II)', () => {
  it('is the policy’s Note, word for word', () => {
    const note = LINES.find((l) => /^\**Note:/.test(l));
    expect(note).toBeDefined();
    expect(TRIAL_WAIVER_NOTE).toBe(note!.replace(/^\**Note:\**\s*/, ''));
  });

  it('names its three grounds: advanced disease, limited survival, high procedural risk', () => {
    expect(Object.keys(TRIAL_WAIVER_REASONS)).toEqual([
      'advanced_disease',
      'limited_survival',
      'high_procedural_risk',
    ]);
    expect(TRIAL_WAIVER_NOTE).toContain('advanced disease');
    expect(TRIAL_WAIVER_NOTE).toContain('survival time is limited');
    expect(TRIAL_WAIVER_NOTE).toContain('high risk for procedures');
  });

  it('sets aside II.A.1.a, the malignant trial’s result (the item the policy marks with *)', () => {
    expect(WAIVED_BY_TRIAL_WAIVER).toBe('II.A.1.a');
    expect(POLICY_TEXT).toMatch(/a\. The trial provided .* with minimal side effects;\*/);
    // The same mark sits after II.A.1.a and before "Note:".
    expect(POLICY_TEXT).toContain(`with minimal side effects;${TRIAL_WAIVER_MARK}\n`);
    expect(LINES.find((l) => /^\**Note:/.test(l))).toContain(`${TRIAL_WAIVER_MARK}Note:`);
    expect(ITEM_BY_ID[WAIVED_BY_TRIAL_WAIVER].section).toBe('II.A.1');
  });
});
