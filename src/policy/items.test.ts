import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ITEM_BY_ID,
  ITEM_IDS,
  ITEM_ORDER,
  ITEMS,
  PARTS,
  SECTION_IDS,
  SECTIONS,
  CHRONIC_PAIN_DEFINITION,
  isItemId,
  itemsOfSection,
  type ItemKind,
} from './index';

// Every item is checked against the policy document itself, found by its place in the
// policy's outline (part, letter, number, sub-letter), so a text copied to the wrong ID fails.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POLICY_TEXT = readFileSync(path.resolve(HERE, '../../docs/policy/LA.CP.MP.173.txt'), 'utf8');
const DESIGN_TEXT = readFileSync(path.resolve(HERE, '../../docs/DESIGN.md'), 'utf8');

/** The document's conversion marks, as the app shows them: `$\geq 50\%$` is "≥ 50%". */
function unmark(text: string): string {
  return text
    .replace(/\$\\geq\s*(\d+)\\%\$/g, '≥ $1%')
    .replace(/\*\*/g, '')
    .trim();
}

/** A list line as stored: conversion marks gone, the Note's footnote `*` and the closing ';' or '.' dropped. */
function asStoredItem(line: string): string {
  return unmark(line).replace(/\*$/, '').replace(/[;.]$/, '');
}

/** A heading or statement as stored: marks and italics (`*...*`) gone, its colon kept. */
function asStoredHeading(line: string): string {
  return unmark(line).replace(/\*/g, '');
}

interface Outline {
  /** Part statement by part: I, II. */
  parts: Map<string, string>;
  /** Lead-in of each list: I.A, I.A.1, I.A.2, I.B, II.A, II.A.1, ... */
  headings: Map<string, string>;
  /** Each list line by its full outline number. */
  items: Map<string, string>;
  note: string | undefined;
}

/** Reads the Policy/Criteria section by its outline numbers. Throws on any line it cannot place. */
function parseOutline(text: string): Outline {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === 'Policy/Criteria');
  const end = lines.findIndex((l, i) => i > start && l.trim() === 'Background');
  if (start < 0 || end < 0) throw new Error('Policy/Criteria section not found');

  const outline: Outline = {
    parts: new Map(),
    headings: new Map(),
    items: new Map(),
    note: undefined,
  };
  let part: string | undefined;
  let letter: string | undefined;
  let number: string | undefined;
  const add = (map: Map<string, string>, id: string, value: string) => {
    if (map.has(id)) throw new Error(`outline number ${id} appears twice`);
    map.set(id, value);
  };

  for (const raw of lines.slice(start + 1, end)) {
    const line = raw.trim().replace(/^-\s+/, '');
    if (line === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^(II|I)\.\s+(.*)$/.exec(line))) {
      part = m[1];
      letter = undefined;
      number = undefined;
      add(outline.parts, part!, m[2]!);
    } else if ((m = /^([A-Z])\.\s+(.*)$/.exec(line))) {
      if (!part) throw new Error(`letter before a part: ${line}`);
      letter = m[1];
      number = undefined;
      add(outline.headings, `${part}.${letter}`, m[2]!);
    } else if ((m = /^(\d+)\.\s+(.*)$/.exec(line))) {
      if (!part || !letter) throw new Error(`number before a letter: ${line}`);
      number = m[1];
      // Under A a number opens an indication's list; under B it is a contraindication itself.
      add(letter === 'A' ? outline.headings : outline.items, `${part}.${letter}.${number}`, m[2]!);
    } else if ((m = /^([a-z])\.\s+(.*)$/.exec(line))) {
      if (!part || !letter || !number) throw new Error(`sub-letter before a number: ${line}`);
      add(outline.items, `${part}.${letter}.${number}.${m[1]}`, m[2]!);
    } else if ((m = /^\**Note:\**\s+(.*)$/.exec(line))) {
      outline.note = m[1];
    } else {
      throw new Error(`line not placed in the outline: ${line}`);
    }
  }
  return outline;
}

const OUTLINE = parseOutline(POLICY_TEXT);

/** An ID range as DESIGN.md writes it, "I.A.2.a … I.A.2.h", written out; a single ID as itself. */
function expandRange(list: string): string[] {
  const range = /^(.*\.)([a-z]|\d+)\s*…\s*\1([a-z]|\d+)$/.exec(list);
  if (!range) return [list];
  const [, prefix, from, to] = range as unknown as [string, string, string, string];
  const numeric = /^\d+$/.test(from);
  const a = numeric ? Number(from) : from.charCodeAt(0);
  const b = numeric ? Number(to) : to.charCodeAt(0);
  const ids: string[] = [];
  for (let i = a; i <= b; i++) ids.push(prefix + (numeric ? String(i) : String.fromCharCode(i)));
  return ids;
}

/**
 * DESIGN.md's table of IDs, ranges written out. Its kind column reads "indication, criterion"
 * where a row starts with the indication ("I.A.1 (the indication)") and goes on with criteria.
 */
function designTable(): { id: string; kind: string; path: string }[] {
  const rows: { id: string; kind: string; path: string }[] = [];
  for (const line of DESIGN_TEXT.split('\n')) {
    const m =
      /^\|\s*((?:Trial|Implant)[^|]*?)\s*\|\s*([^|]+?)\s*\|\s*((?:indication, )?(?:criterion|contraindication))\s*\|$/.exec(
        line,
      );
    if (!m) continue;
    const [, pathName, list, kinds] = m as unknown as [string, string, string, string];
    const kind = kinds.replace(/^indication, /, '');
    for (const part of list.split(',').map((s) => s.trim())) {
      const indication = /^(\S+) \(the indication\)$/.exec(part);
      if (indication) {
        if (!kinds.startsWith('indication')) throw new Error(`indication in a ${kinds} row`);
        rows.push({ id: indication[1]!, kind: 'indication', path: pathName });
      } else {
        for (const id of expandRange(part)) rows.push({ id, kind, path: pathName });
      }
    }
  }
  return rows;
}

/** DESIGN.md's indication texts: `I.A.1 "Chronic intractable pain of malignant origin"`, … */
function designIndicationTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const at = DESIGN_TEXT.indexOf('An **indication** item');
  const paragraph = DESIGN_TEXT.slice(at, DESIGN_TEXT.indexOf('\n\n', at)).replace(/\s+/g, ' ');
  for (const m of paragraph.matchAll(/\b((?:I|II)\.A\.\d) "([^"]+)"/g)) texts.set(m[1]!, m[2]!);
  return texts;
}

/** The Background's first sentence: its definition of chronic pain. */
function backgroundDefinition(): string {
  const lines = POLICY_TEXT.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim() === 'Background');
  const first = lines.slice(at + 1).find((l) => l.trim() !== '') ?? '';
  return /^[^.]*\./.exec(first.trim())?.[0] ?? '';
}

/** An indication as stored: its list's lead-in up to " when …" (DESIGN.md). */
function asStoredIndication(heading: string): string {
  return asStoredHeading(heading).replace(/ when .*$/, '');
}

const INDICATION_IDS = ['I.A.1', 'I.A.2', 'II.A.1', 'II.A.2'];

describe('the outline parser reads the whole criteria section', () => {
  it('finds both parts, every list heading and exactly 34 list lines', () => {
    expect([...OUTLINE.parts.keys()]).toEqual(['I', 'II']);
    expect([...OUTLINE.headings.keys()]).toEqual([
      'I.A',
      'I.A.1',
      'I.A.2',
      'I.B',
      'II.A',
      'II.A.1',
      'II.A.2',
      'II.B',
    ]);
    expect(OUTLINE.items.size).toBe(34);
    expect(OUTLINE.note).toBeDefined();
  });
});

describe('item IDs', () => {
  it('are exactly the 38 IDs of the DESIGN.md table, in its order, with its kinds', () => {
    const table = designTable();
    expect(table).toHaveLength(38);
    expect(table.filter((r) => r.kind === 'indication').map((r) => r.id)).toEqual(INDICATION_IDS);
    expect(ITEM_IDS).toEqual(table.map((r) => r.id));
    for (const row of table) {
      expect(ITEM_BY_ID[row.id as keyof typeof ITEM_BY_ID]?.kind, row.id).toBe(row.kind);
    }
  });

  it('are exactly the outline numbers of the policy text, in policy order, each indication just before its list', () => {
    const outlineIds = [...OUTLINE.items.keys()].flatMap((id) =>
      id.endsWith('.a') ? [id.slice(0, -2), id] : [id],
    );
    expect(ITEM_IDS).toEqual(outlineIds);
  });

  it('are unique, and ITEMS, ITEM_BY_ID and ITEM_ORDER agree with ITEM_IDS', () => {
    expect(new Set(ITEM_IDS).size).toBe(ITEM_IDS.length);
    expect(ITEMS.map((i) => i.id)).toEqual([...ITEM_IDS]);
    ITEM_IDS.forEach((id, index) => {
      expect(ITEM_BY_ID[id].id).toBe(id);
      expect(ITEM_ORDER[id]).toBe(index);
    });
  });

  it('isItemId accepts the 38 IDs and nothing else, not even inherited property names', () => {
    for (const id of ITEM_IDS) expect(isItemId(id), id).toBe(true);
    for (const bad of [
      'I.Z.9',
      'I.A',
      'I.A.3',
      'I.A.2.i',
      'II.A.1.e',
      'I.B.6',
      'II.B',
      'i.a.1.a',
      '',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]) {
      expect(isItemId(bad), bad).toBe(false);
    }
  });
});

describe('each indication is the policy’s lead-in of its list, without its "when" tail', () => {
  it.each(INDICATION_IDS.map((id) => [id]))('%s', (id) => {
    const heading = OUTLINE.headings.get(id);
    expect(heading, `${id} in the policy outline`).toBeDefined();
    const item = ITEM_BY_ID[id as keyof typeof ITEM_BY_ID];
    expect(item.text).toBe(asStoredIndication(heading!));
    expect(item.text).toBe(designIndicationTexts().get(id));
    expect(item.kind).toBe('indication');
    expect(item.section).toBe(id);
  });

  it('the four texts are the ones DESIGN.md gives', () => {
    expect(Object.fromEntries(designIndicationTexts())).toEqual({
      'I.A.1': 'Chronic intractable pain of malignant origin',
      'I.A.2':
        'Chronic intractable pain of nonmalignant origin (e.g. failed back surgery syndrome, complex regional pain syndrome)',
      'II.A.1': 'Chronic intractable pain of malignant origin',
      'II.A.2': 'Severe chronic pain of non-malignant origin',
    });
  });

  it('each has the Background’s definition of chronic pain as its help, and no other item has help', () => {
    expect(backgroundDefinition()).toBe(
      'Chronic pain is often defined as pain that persists longer than six months.',
    );
    expect(CHRONIC_PAIN_DEFINITION).toBe(backgroundDefinition());
    for (const item of ITEMS) {
      expect(item.help, item.id).toBe(
        item.kind === 'indication' ? backgroundDefinition() : undefined,
      );
    }
  });
});

describe('each item is the policy text under its own outline number', () => {
  it.each(ITEM_IDS.filter((id) => !INDICATION_IDS.includes(id)).map((id) => [id]))('%s', (id) => {
    const line = OUTLINE.items.get(id);
    expect(line, `${id} in the policy outline`).toBeDefined();
    expect(ITEM_BY_ID[id].text).toBe(asStoredItem(line!));
  });

  it('shows the ≥ sign for the trial result, not the conversion mark', () => {
    expect(ITEM_BY_ID['II.A.1.a'].text).toBe(
      'The trial provided ≥ 50% reduction in pain with minimal side effects',
    );
    expect(ITEM_BY_ID['II.A.2.a'].text).toBe(
      'Preliminary trial provided ≥ 50% reduction in pain and increase in function with minimal side effects',
    );
  });

  it('keeps no conversion mark or closing list punctuation in any item', () => {
    for (const item of ITEMS) {
      expect(item.text, item.id).not.toMatch(/[$\\*]/);
      expect(item.text, item.id).not.toMatch(/[;.:,\s]$/);
      expect(item.text, item.id).toBe(item.text.trim());
    }
  });

  it('the example the design names: I.A.2.g reads as in the accessible name', () => {
    expect(`${'I.A.2.g'} ${ITEM_BY_ID['I.A.2.g'].text}`).toBe(
      'I.A.2.g Prior to the trial, systemic opioids have been weaned by at least 50%',
    );
  });
});

describe('sections', () => {
  const expectedKind: Record<string, ItemKind> = {
    'I.A.1': 'criterion',
    'I.A.2': 'criterion',
    'I.B': 'contraindication',
    'II.A.1': 'criterion',
    'II.A.2': 'criterion',
    'II.B': 'contraindication',
  };

  it('are the six lists of the policy, in order', () => {
    expect(SECTION_IDS).toEqual(['I.A.1', 'I.A.2', 'I.B', 'II.A.1', 'II.A.2', 'II.B']);
  });

  it.each(SECTION_IDS.map((id) => [id]))(
    '%s heading is the policy lead-in, word for word',
    (id) => {
      const heading = OUTLINE.headings.get(id);
      expect(heading).toBeDefined();
      expect(SECTIONS[id].id).toBe(id);
      expect(SECTIONS[id].heading).toBe(asStoredHeading(heading!));
      expect(SECTIONS[id].kind).toBe(expectedKind[id]);
    },
  );

  it('each item sits in the section its number names, with that section’s kind; an indication is its own section', () => {
    for (const item of ITEMS) {
      if (INDICATION_IDS.includes(item.id)) {
        expect(item.section, item.id).toBe(item.id);
        expect(item.kind, item.id).toBe('indication');
        continue;
      }
      const section = item.id.split('.').slice(0, -1).join('.');
      expect(item.section, item.id).toBe(section);
      expect(item.kind, item.id).toBe(expectedKind[section]);
    }
  });

  it('itemsOfSection lists a section’s items in policy order', () => {
    // The indication is asked first in its section, then its lettered criteria.
    expect(itemsOfSection('I.A.1').map((i) => i.id)).toEqual([
      'I.A.1',
      'I.A.1.a',
      'I.A.1.b',
      'I.A.1.c',
    ]);
    expect(itemsOfSection('I.A.2').map((i) => i.id)).toEqual([
      'I.A.2',
      ...'abcdefgh'.split('').map((l) => `I.A.2.${l}`),
    ]);
    expect(itemsOfSection('II.A.1').map((i) => i.id)).toEqual([
      'II.A.1',
      ...'abcd'.split('').map((l) => `II.A.1.${l}`),
    ]);
    expect(itemsOfSection('II.A.2').map((i) => i.id)).toEqual([
      'II.A.2',
      ...'abcdefghi'.split('').map((l) => `II.A.2.${l}`),
    ]);
    expect(itemsOfSection('I.B').map((i) => i.id)).toEqual([1, 2, 3, 4, 5].map((n) => `I.B.${n}`));
    expect(itemsOfSection('II.B').map((i) => i.id)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `II.B.${n}`),
    );
  });
});

describe('the parts’ opening statements', () => {
  it('Part I and Part II statements are the policy’s, with emphasis marks removed', () => {
    expect(PARTS.trial.id).toBe('I');
    expect(PARTS.implant.id).toBe('II');
    expect(PARTS.trial.statement).toBe(asStoredHeading(OUTLINE.parts.get('I')!));
    expect(PARTS.implant.statement).toBe(asStoredHeading(OUTLINE.parts.get('II')!));
  });

  it('each part’s indication lead-in (A.) is the policy’s', () => {
    expect(PARTS.trial.indications).toBe(asStoredHeading(OUTLINE.headings.get('I.A')!));
    expect(PARTS.implant.indications).toBe(asStoredHeading(OUTLINE.headings.get('II.A')!));
  });
});
