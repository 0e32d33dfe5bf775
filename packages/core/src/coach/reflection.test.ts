import { describe, expect, it } from 'vitest';
import { analyseReflection } from './reflection.ts';

const LATE = 'When you came home late without calling, I felt scared and alone.';
const WORK = 'I feel like you never listen when I talk about my job.';
const PHONE = 'Seeing her messages on your phone made me feel sick and stupid.';

type Flags = [paraphrases: boolean, feeling: boolean, noRebuttal: boolean, checksBack: boolean, overall: 'good' | 'poor'];
const cases: [string, string, Flags][] = [
  [LATE, "What I hear is that when I came home late and didn't call, you felt scared and alone. Did I get that right?", [true, true, true, true, 'good']],
  [LATE, 'So you were frightened, waiting for me to come home without a call. Is there more?', [true, true, true, true, 'good']],
  [LATE, 'It sounds like coming home late without a word left you alone with your fear.', [true, true, true, false, 'good']],
  [LATE, "But I was stuck at work, I couldn't call.", [false, false, false, false, 'poor']],
  [LATE, 'You should have called my office instead of waiting.', [false, false, false, false, 'poor']],
  [LATE, 'I felt scared and alone too when you came home late last month.', [true, false, false, false, 'poor']],
  [LATE, "You came home late and didn't call. But I was stuck in traffic.", [true, false, false, false, 'poor']],
  [WORK, "It sounds like you're feeling unheard when you talk about your job. Is there more?", [true, true, true, true, 'good']],
  [WORK, "Me too, I feel like you never listen to me either.", [false, false, false, false, 'poor']],
  [WORK, "That's not true, I listened yesterday.", [false, false, false, false, 'poor']],
  [WORK, 'You feel I tune out when you tell me about work. Did I get it?', [true, false, true, true, 'good']],
  [PHONE, 'Seeing those messages on my phone made you feel sick and foolish. Have I got that?', [true, true, true, true, 'good']],
  [PHONE, "You shouldn't feel stupid, it was nothing.", [false, true, false, false, 'poor']],
  [PHONE, 'OK.', [false, false, true, false, 'poor']],
];

describe('analyseReflection', () => {
  it.each(cases)('%s / %s', (partnerStatement, reply, [paraphrases, feeling, noRebuttal, checksBack, overall]) => {
    const r = analyseReflection({ partnerStatement, reply });
    expect({ paraphrases: r.paraphrases_content, feeling: r.names_feeling, noRebuttal: r.avoids_rebuttal, checksBack: r.checks_back, overall: r.overall }).toEqual({ paraphrases, feeling, noRebuttal, checksBack, overall });
  });

  it('does not count the listener\'s own feeling as the partner\'s', () => {
    expect(analyseReflection({ partnerStatement: LATE, reply: 'I feel sad about it.' }).names_feeling).toBe(false);
  });

  it('offsets point into the reply and suggestions name what is missing', () => {
    const reply = 'You should relax. You felt alone.';
    const r = analyseReflection({ partnerStatement: LATE, reply });
    for (const f of r.findings) expect(reply.slice(f.start, f.end)).toBe(f.text);
    expect(r.suggestions.join(' ')).toMatch(/Did I get that right/);
  });
});
