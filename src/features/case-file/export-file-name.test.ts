import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../engine';
import { caseFileName, fileNamePart, questionnaireResponseFileName } from './export-file-name';

const TODAY = '2026-11-24';
const base: CaseFile = { policy: 'LA.CP.MP.173', answers: {} };

describe('export file names', () => {
  it('name the policy, the member, the request and the review date', () => {
    const c: CaseFile = {
      ...base,
      request: 'implant',
      drug: 'opioid',
      member: { id: 'LA-00123', name: 'Ann Lee' },
      reviewDate: '2026-11-20',
    };
    expect(caseFileName(c, TODAY)).toBe('LA.CP.MP.173_LA-00123_implant_2026-11-20.json');
    expect(questionnaireResponseFileName(c, TODAY)).toBe(
      'LA.CP.MP.173_LA-00123_implant_2026-11-20.questionnaire-response.json',
    );
  });

  it("use the member's name when there is no ID, and today when there is no review date", () => {
    const c: CaseFile = { ...base, request: 'trial', member: { name: 'Jeanne-Marie Thibodeaux' } };
    expect(caseFileName(c, TODAY)).toBe(
      'LA.CP.MP.173_Jeanne-Marie-Thibodeaux_trial_2026-11-24.json',
    );
  });

  it('leave out what the review does not record, and name an out-of-scope drug', () => {
    expect(caseFileName(base, TODAY)).toBe('LA.CP.MP.173_2026-11-24.json');
    expect(caseFileName({ ...base, drug: 'baclofen', request: 'implant' }, TODAY)).toBe(
      'LA.CP.MP.173_baclofen_2026-11-24.json',
    );
  });

  it('keep only safe characters: no path, no markup, no spaces, accents dropped', () => {
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(fileNamePart('Zoë  Dupré')).toBe('Zoe-Dupre');
    expect(fileNamePart('  ')).toBe('');
    expect(fileNamePart('x'.repeat(100))).toHaveLength(40);
    const c: CaseFile = { ...base, member: { id: '   /\\:*?"<>|', name: 'Ann / Lee' } };
    expect(caseFileName(c, TODAY)).toBe('LA.CP.MP.173_Ann-Lee_2026-11-24.json');
    expect(caseFileName({ ...base, member: { id: 'é'.repeat(300) } }, TODAY)).toMatch(
      /^[A-Za-z0-9._-]+$/,
    );
  });
});
