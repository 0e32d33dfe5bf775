import { describe, expect, it } from 'vitest';
import { checkSafety, type SafetyCategory } from './safety.ts';
import { DEFAULT_SAFETY_RESOURCES } from './resources.ts';

const cases: [string, SafetyCategory[]][] = [
  ["I'm afraid of my partner.", ['fear']],
  ["He won't let me leave the house.", ['entrapment']],
  ["She checks my phone every night and reads my messages.", ['monitoring']],
  ['Give me your passwords.', ['monitoring']],
  ["You can't see your sister anymore.", ['isolation']],
  ["If you leave, you'll regret it.", ['threat']],
  ['He pushed me against the wall.', ['threat']],
  ["I don't want to live anymore.", ['self_harm']],
  ['Sometimes I think everyone would be better off without me.', ['self_harm']],
  ["I want to end my life.", ['self_harm']],
  // No concern.
  ["I'm afraid of spiders.", []],
  ['I was scared you would leave.', []],
  ['I would never hurt you.', []],
  ['Can you help me understand what happened?', []],
  ['That joke killed me.', []],
];

describe('checkSafety', () => {
  it.each(cases)('%s → %j', (text, categories) => {
    const r = checkSafety(text);
    expect(r.categories).toEqual(categories);
    expect(r.level).toBe(categories.length > 0 ? 'concern' : 'none');
    expect(r.resources.length > 0).toBe(categories.length > 0);
  });

  it('shows crisis lines for self-harm and abuse services for abuse', () => {
    expect(checkSafety('I want to kill myself').resources.map((r) => r.name)).toContain('988 Suicide & Crisis Lifeline');
    expect(checkSafety('I am afraid of him').resources.map((r) => r.name)).toContain('Hot Peach Pages');
    expect(checkSafety('I am afraid of him').concerns).toEqual(['abuse']);
  });

  it('uses a configured list instead of the defaults', () => {
    const resources = [{ for: ['crisis' as const], name: 'Our clinic', description: 'Call us.', phone: '555', region: 'Town' }];
    expect(checkSafety('I want to die', { resources }).resources).toEqual(resources);
  });

  it('default addresses are plain home pages with no tracking parameters', () => {
    for (const r of DEFAULT_SAFETY_RESOURCES) {
      if (r.url) expect(r.url).toMatch(/^https:\/\/[a-z0-9.-]+\/?$/);
    }
  });

  it('points at the words that fired', () => {
    const text = "Honestly, he won't let me leave.";
    const f = checkSafety(text).findings[0];
    expect(f && text.slice(f.start, f.end)).toBe("won't let me leave");
  });
});
