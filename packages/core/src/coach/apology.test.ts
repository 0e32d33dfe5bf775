import { describe, expect, it } from 'vitest';
import { analyseApology, type ApologyComponent, type ApologyDefect } from './apology.ts';

interface Case {
  text: string;
  overall: 'good' | 'poor';
  context?: 'apology' | 'sympathy' | 'courtesy' | 'none';
  has?: (ApologyComponent | ApologyDefect)[];
  lacks?: (ApologyComponent | ApologyDefect)[];
}

const cases: Case[] = [
  // Hard cases from issue 4.
  { text: "Sorry if I'm late, traffic is bad", overall: 'good', context: 'courtesy', lacks: ['conditional', 'excuse', 'non_apology'] },
  { text: "I'm sorry you're going through this", overall: 'good', context: 'sympathy', lacks: ['non_apology', 'conditional'] },
  { text: 'Mistakes were made by me', overall: 'good', has: ['responsibility'], lacks: ['non_apology'] },
  // Good apologies.
  { text: "I'm sorry I lied to you about where I was. It was my fault, and there is no excuse. I know it hurt you. From now on I will tell you the truth.", overall: 'good', has: ['remorse', 'act', 'responsibility', 'impact', 'repair'] },
  { text: 'I was wrong to read your diary. I broke your trust and I regret it. I will never do it again.', overall: 'good', has: ['responsibility', 'repair'] },
  { text: 'I apologise for missing your recital. I let you down.', overall: 'good', has: ['remorse', 'act', 'responsibility'] },
  { text: "I'm sorry for lying to you. I'll keep every promise I make. Can you forgive me?", overall: 'good', has: ['act', 'repair', 'forgiveness'] },
  { text: "I'm sorry I forgot your birthday.", overall: 'good', has: ['remorse', 'act'] },
  // Defects.
  { text: "I'm sorry if I hurt you.", overall: 'poor', has: ['conditional'], lacks: ['responsibility'] },
  { text: 'I apologize if anyone was offended by my words.', overall: 'poor', has: ['conditional'] },
  { text: 'I may have been a bit insensitive.', overall: 'poor', has: ['conditional'] },
  { text: "I'm sorry you feel that way.", overall: 'poor', has: ['non_apology'] },
  { text: "I'm sorry you took it like that.", overall: 'poor', has: ['non_apology'] },
  { text: 'Mistakes were made.', overall: 'poor', has: ['non_apology'] },
  { text: 'I regret the situation we find ourselves in.', overall: 'poor', has: ['non_apology'] },
  { text: "I'm sorry, but I was exhausted after work.", overall: 'poor', has: ['remorse', 'excuse'] },
  { text: 'I apologize, but you have to understand the pressure I was under.', overall: 'poor', has: ['excuse'] },
  { text: "I'm sorry I yelled. You made me so angry.", overall: 'poor', has: ['blame_shift'] },
  { text: "I'm sorry, but if you hadn't gone through my phone none of this would have happened.", overall: 'poor', has: ['blame_shift'] },
  { text: "I'm sorry about the texts. It was just a few messages, not a big deal.", overall: 'poor', has: ['minimising'] },
  { text: "I said sorry already, you're overreacting.", overall: 'poor', has: ['minimising', 'non_apology'] },
  { text: "I'm sorry. This is not who I am.", overall: 'poor', has: ['self_focus'] },
  { text: "I'm so sorry, this has been so hard for me too.", overall: 'poor', has: ['self_focus'] },
  { text: 'I want to apologize to anyone who was hurt by what happened.', overall: 'poor', has: ['remorse', 'conditional'] },
  { text: "Sorry, I didn't mean to upset you, I was just joking around.", overall: 'poor', has: ['excuse'] },
  { text: 'We both made mistakes.', overall: 'poor', has: ['blame_shift'] },
  { text: "I'm sorry for any confusion this may have caused.", overall: 'poor', has: ['non_apology'] },
  { text: "I shouldn't have kept those messages from you. That was dishonest of me and I'm sorry.", overall: 'good', has: ['responsibility', 'remorse'] },
  // Not an apology at all.
  { text: 'See you at six.', overall: 'poor', context: 'none' },
  { text: 'Sorry to hear about your day. Want to talk?', overall: 'good', context: 'sympathy' },
];

describe('analyseApology', () => {
  it.each(cases)('$text → $overall', ({ text, overall, context, has = [], lacks = [] }) => {
    const r = analyseApology(text);
    expect(r.overall).toBe(overall);
    if (context) expect(r.context).toBe(context);
    const found = [...r.components, ...r.defects];
    for (const k of has) expect(found).toContain(k);
    for (const k of lacks) expect(found).not.toContain(k);
  });

  it('points every finding at the words that triggered it, with an explanation', () => {
    const text = "I'm sorry if I hurt you, but you made me do it.";
    for (const f of analyseApology(text).findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.explanation.length).toBeGreaterThan(10);
    }
  });

  it('keeps offsets valid with curly apostrophes', () => {
    const text = 'I\u2019m sorry you feel that way.';
    const f = analyseApology(text).findings.find((x) => x.kind === 'non_apology');
    expect(f && text.slice(f.start, f.end)).toBe('sorry you feel that way');
  });

  it('ranks responsibility first, repair second and forgiveness last', () => {
    const missingAll = analyseApology("I'm sorry.").suggestions.map((s) => s.about);
    expect(missingAll[0]).toBe('responsibility');
    expect(missingAll[1]).toBe('repair');
    const nearlyAll = analyseApology('I lied to you and it was my fault. I will be honest from now on.').suggestions.map((s) => s.about);
    expect(nearlyAll[nearlyAll.length - 1]).toBe('forgiveness');
  });

  it('puts a defect that undoes responsibility ahead of missing extras', () => {
    const s = analyseApology("I'm sorry you feel hurt.").suggestions;
    expect(s[0]?.about).toBe('non_apology');
    expect(s[0]?.span).toBeDefined();
  });
});
