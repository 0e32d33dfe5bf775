import { describe, expect, it } from 'vitest';
import { analyseHorsemen, type Horseman } from './horsemen.ts';

const cases: [string, Horseman[]][] = [
  // Hard case from issue 4: a plain, specific complaint is not criticism.
  ['You left the cap off this morning', []],
  ['I felt hurt when you forgot to call last night. Could we set a reminder?', []],
  ["You didn't take the bins out today.", []],
  ['You always make me laugh, thank you for that.', []],
  ['I need a break. Can we talk again in twenty minutes?', []],
  ["Whatever you need, I'm here.", []],
  // Criticism: global words and character judgements.
  ['You never put the cap back on.', ['criticism']],
  ["You're so selfish.", ['criticism']],
  ["Why can't you ever think about anyone but yourself?", ['criticism']],
  ["What's wrong with you?", ['criticism']],
  ["You don't care about this family.", ['criticism']],
  ['You are completely irresponsible with money.', ['criticism']],
  // Contempt.
  ["You're such an idiot.", ['contempt']],
  ['Oh, poor you. What a surprise.', ['contempt']],
  ['Grow up. At least I have a job.', ['contempt']],
  ['Who would ever trust you?', ['contempt']],
  // Defensiveness.
  ["It's not my fault, I didn't do anything wrong.", ['defensiveness']],
  ['What about you? You do it too.', ['defensiveness']],
  ["Yes, but you're the one who started it.", ['defensiveness']],
  ["Why is it always me? I was only trying to help.", ['defensiveness']],
  ["Well, you weren't exactly a saint either.", ['defensiveness']],
  // Stonewalling.
  ["Whatever. I'm done.", ['stonewalling']],
  ["I don't want to talk about it.", ['stonewalling']],
  ['Fine.', ['stonewalling']],
  ['Just leave me alone.', ['stonewalling']],
  ["I'm not going to discuss this.", ['stonewalling']],
  ['Nice job, genius.', ['contempt']],
  ["I was hurt that you didn't ask how my interview went.", []],
  // Several at once.
  ["You never listen. That's not true, I did nothing wrong. Whatever.", ['criticism', 'defensiveness', 'stonewalling']],
];

describe('analyseHorsemen', () => {
  it.each(cases)('%s → %j', (text, expected) => {
    expect(analyseHorsemen(text).horsemen).toEqual(expected);
  });

  it('gives each finding its antidote and exact span', () => {
    const text = "You're so lazy. Whatever.";
    const r = analyseHorsemen(text);
    const antidotes = Object.fromEntries(r.findings.map((f) => [f.kind, f.antidote]));
    expect(antidotes.criticism).toMatch(/gentle start-up/i);
    expect(antidotes.stonewalling).toMatch(/self-soothing/i);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
