import { describe, expect, it } from 'vitest';
import { analyse, compileCues, normalise } from './text.ts';

describe('text layer', () => {
  it('splits sentences and clauses with offsets into the original text', () => {
    const input = "I'm sorry I lied. But I was scared, because you were angry! Who were you with?";
    const { sentences, clauses } = analyse(input);
    expect(sentences.map((s) => input.slice(s.start, s.end))).toEqual(["I'm sorry I lied.", 'But I was scared, because you were angry!', 'Who were you with?']);
    expect(sentences.map((s) => s.isQuestion)).toEqual([false, false, true]);
    for (const c of clauses) expect(input.slice(c.start, c.end)).toBe(c.text);
    expect(clauses.map((c) => c.text)).toContain('because you were angry!');
  });

  it('marks imperatives', () => {
    expect(analyse('Tell me about your day.').sentences[0]?.isImperative).toBe(true);
    expect(analyse('I told you about my day.').sentences[0]?.isImperative).toBe(false);
  });

  it('folds curly quotes without moving offsets', () => {
    const input = 'I\u2019m \u201cfine\u201d';
    expect(normalise(input)).toHaveLength(input.length);
    expect(normalise(input)).toBe('I\'m "fine"');
  });

  it('matches cues on word boundaries, with or without the apostrophe in "don\'t"', () => {
    const re = compileCues(["don't care", 'fine']);
    expect('I dont care'.match(re)).toEqual(['dont care']);
    expect('I refined it'.match(re)).toBeNull();
  });

  it('handles empty text', () => {
    expect(analyse('')).toMatchObject({ text: '', sentences: [], clauses: [] });
  });
});
