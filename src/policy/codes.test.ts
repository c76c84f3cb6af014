import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODE_BY_ID, CODE_FITS, CODES, CODING_NOTE, type CodeSystem } from './index';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POLICY_TEXT = readFileSync(path.resolve(HERE, '../../docs/policy/LA.CP.MP.173.txt'), 'utf8');

interface TableRow {
  code: string;
  star: boolean;
  system: CodeSystem;
  description: string;
}

/** The Coding Implications tables: a "CPT® Codes" or "HCPCS Codes" header, then code<TAB>description rows. */
function codeTable(text: string): TableRow[] {
  const rows: TableRow[] = [];
  let system: CodeSystem | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^CPT® Codes\tDescription$/.test(line)) system = 'CPT';
    else if (/^HCPCS Codes\tDescription$/.test(line)) system = 'HCPCS';
    else {
      const m = /^([0-9A-Z]{5})(\*?)\t(.+)$/.exec(line);
      if (m) {
        if (!system) throw new Error(`code row before a table header: ${line}`);
        rows.push({ code: m[1]!, star: m[2] === '*', system, description: m[3]!.trim() });
      }
    }
  }
  return rows;
}

const TABLE = codeTable(POLICY_TEXT);
const STARRED = ['A4300', 'A4301', 'E0782', 'C1772', 'C1755', 'J2274', 'S0093'];

describe('the code table', () => {
  it('has the policy’s 27 codes (17 CPT, 10 HCPCS), in its order', () => {
    expect(TABLE).toHaveLength(27);
    expect(CODES).toHaveLength(27);
    expect(CODES.map((c) => c.code)).toEqual(TABLE.map((r) => r.code));
    expect(CODES.filter((c) => c.system === 'CPT')).toHaveLength(17);
    expect(CODES.filter((c) => c.system === 'HCPCS')).toHaveLength(10);
  });

  it('marks * (not on the fee schedule) exactly A4300, A4301, E0782, C1772, C1755, J2274, S0093', () => {
    expect(CODES.filter((c) => c.notOnFeeSchedule).map((c) => c.code)).toEqual(STARRED);
    expect(TABLE.filter((r) => r.star).map((r) => r.code)).toEqual(STARRED);
    for (const code of ['62350', '62362', 'E0783', 'E0785', 'E0786']) {
      expect(CODE_BY_ID.get(code)?.notOnFeeSchedule, code).toBe(false);
    }
  });

  it.each(TABLE.map((r) => [r.code, r]))(
    '%s: system, * mark and description match the policy row',
    (code, row) => {
      const entry = CODE_BY_ID.get(code);
      expect(entry).toBeDefined();
      expect(entry!.system).toBe(row.system);
      expect(entry!.notOnFeeSchedule).toBe(row.star);
      expect(entry!.description).toBe(row.description);
    },
  );

  it('CODE_BY_ID is keyed by the bare code, without the *', () => {
    expect(CODE_BY_ID.size).toBe(27);
    expect(CODE_BY_ID.get('A4300*')).toBeUndefined();
    expect(CODE_BY_ID.get('A4300')?.code).toBe('A4300');
  });

  it('the coding note is the policy’s NOTE, word for word', () => {
    const note = POLICY_TEXT.split(/\r?\n/).find((l) => l.startsWith('NOTE: Coverage'));
    expect(CODING_NOTE).toBe(note?.trim());
    expect(CODING_NOTE).toContain('under 21 years of age');
  });
});

describe('which requests each code fits (DESIGN.md, "Codes")', () => {
  const fits = (code: string) => [...(CODE_FITS[code] ?? [])].sort();

  it('every code of the table has a line, and nothing else does', () => {
    expect(Object.keys(CODE_FITS).sort()).toEqual(CODES.map((c) => c.code).sort());
  });

  it('trial: the injection and infusion codes 62320–62327, and no other request', () => {
    for (const code of ['62320', '62321', '62322', '62323', '62326', '62327']) {
      expect(fits(code), code).toEqual(['trial']);
      expect(CODE_BY_ID.get(code)?.description, code).toMatch(/^Injection\(s\)/);
    }
  });

  it('implant and a pump in place: 62350, 62351, 62360–62362, whose descriptions include revision or replacement', () => {
    for (const code of ['62350', '62351', '62360', '62361', '62362']) {
      expect(fits(code), code).toEqual(['existing_pump', 'implant']);
      expect(CODE_BY_ID.get(code)?.description, code).toMatch(
        /^Implantation(, revision| or replacement)/,
      );
    }
  });

  it('implant only: the pumps, catheters and ports A4300, A4301, E0782, E0783, C1772, C1755', () => {
    for (const code of ['A4300', 'A4301', 'E0782', 'E0783', 'C1772', 'C1755'])
      expect(fits(code), code).toEqual(['implant']);
  });

  it('a pump in place only: removal 62355, 62365; analysis and refill 62367–62370; replacement E0785, E0786', () => {
    for (const code of ['62355', '62365'])
      expect(CODE_BY_ID.get(code)?.description, code).toMatch(/^Removal/);
    for (const code of ['62367', '62368', '62369', '62370'])
      expect(CODE_BY_ID.get(code)?.description, code).toMatch(/^Electronic analysis/);
    for (const code of ['E0785', 'E0786'])
      expect(CODE_BY_ID.get(code)?.description, code).toMatch(/replacement/);
    for (const code of ['62355', '62365', '62367', '62368', '62369', '62370', 'E0785', 'E0786'])
      expect(fits(code), code).toEqual(['existing_pump']);
  });

  it('the drug codes J2274 and S0093 fit any request', () => {
    for (const code of ['J2274', 'S0093'])
      expect(fits(code), code).toEqual(['existing_pump', 'implant', 'trial']);
  });

  it('no trial fits a pump or catheter implantation code (62362 is not a trial code)', () => {
    expect(CODE_FITS['62362']).not.toContain('trial');
    expect(CODES.filter((c) => CODE_FITS[c.code]?.includes('trial')).map((c) => c.code)).toEqual([
      '62320',
      '62321',
      '62322',
      '62323',
      '62326',
      '62327',
      'J2274',
      'S0093',
    ]);
  });
});
