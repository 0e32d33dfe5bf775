import { describe, expect, it } from 'vitest';
import { predictLine } from './predict.ts';

describe('predictLine', () => {
  it.each([
    [{ id: 'a1', task: 'apology', text: "I'm sorry if you were hurt." }, { id: 'a1', task: 'apology', overall: 'poor', components: ['remorse'], defects: ['conditional'] }],
    [{ id: 2, task: 'control', text: 'Tell me about your day' }, { id: 2, task: 'control', class: 'curious' }],
    [{ id: 'h', task: 'horsemen', text: 'You left the cap off this morning' }, { id: 'h', task: 'horsemen', horsemen: [] }],
    [
      { id: 'r', task: 'reflection', partner_statement: 'I felt alone at the party.', text: 'You felt alone at the party. Did I get that right?' },
      { id: 'r', task: 'reflection', overall: 'good', paraphrases_content: true, names_feeling: true, avoids_rebuttal: true, checks_back: true },
    ],
  ])('%j', (input, expected) => {
    expect(predictLine(JSON.stringify(input), 1)).toEqual(expected);
  });

  it.each([
    ['not json', 'coach.invalid_json', null],
    ['{"id":"x","task":"poetry","text":"hi"}', 'coach.invalid_item', 'x'],
    ['{"id":"y","task":"apology"}', 'coach.invalid_item', 'y'],
    ['[1,2]', 'coach.invalid_item', null],
    ['{"id":"z","task":"reflection","text":"You felt alone."}', 'coach.missing_partner_statement', 'z'],
  ])('%s → error %s', (line, code, id) => {
    expect(predictLine(line, 7)).toMatchObject({ id, line: 7, error: { code } });
  });

  it('skips blank lines', () => {
    expect(predictLine('   ', 3)).toBeUndefined();
  });
});
