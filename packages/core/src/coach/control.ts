import lexicon from './lexicons/control.json' with { type: 'json' };
import { checkSafety, type SafetyOptions, type SafetyResult } from '../safety/safety.ts';
import { analyse, compileLexicon, findCues, overlaps, type Finding } from './text.ts';

export const CONTROLLING_CUES = ['demand', 'obligation', 'ultimatum', 'restriction', 'surveillance', 'guilt', 'putdown_question', 'urgency'] as const;
export const CURIOUS_CUES = ['open_question', 'invitation', 'tentative', 'tell_me_about'] as const;
export type ControllingCue = (typeof CONTROLLING_CUES)[number];
export type CuriousCue = (typeof CURIOUS_CUES)[number];
export type ControlCue = ControllingCue | CuriousCue;

export interface ControlResult {
  class: 'curious' | 'controlling';
  /** The sub-cues that fired, in the order they appear. */
  controlling: ControllingCue[];
  curious: CuriousCue[];
  findings: Finding<ControlCue>[];
  /** A curious way to ask instead; absent when the safety check fired (we never polish control). */
  rewrite?: string;
  /** Present when crisis or abuse phrases were found: show this instead of coaching. */
  safety?: SafetyResult;
}

const families = compileLexicon(lexicon);
/** Cues that control on their own; the others (fact questions, urgency) weigh less. */
const STRONG = new Set<ControlCue>(['demand', 'obligation', 'ultimatum', 'restriction', 'guilt', 'putdown_question']);
const ABUSE_WITH_CONTROL = new Set(['threat', 'monitoring', 'isolation', 'entrapment']);

const REWRITES: Partial<Record<ControllingCue, string>> = {
  putdown_question: 'Try saying what you feel and asking openly: "I\'m struggling to understand what happened. Can you help me understand?"',
  guilt: 'Try naming your own hurt and leaving room: "I\'m hurting and I\'d like to understand. Would you be willing to talk about it?"',
  ultimatum: 'Try saying what you need instead of what will happen: "I feel scared when I don\'t know, and I need us to talk about it. When could we?"',
  restriction: 'Try sharing the feeling behind it and asking together: "I feel uneasy about this. Could we talk about what would help us both feel safe?"',
  demand: 'Try an invitation that leaves a real choice: "Can you help me understand what happened, when you feel ready?"',
  obligation: 'Try asking rather than requiring: "Would you be willing to tell me more about it?"',
  surveillance: 'Try asking about their experience rather than facts to check: "What was going on for you then?"',
  urgency: 'Try leaving the timing to them: "Whenever you\'re ready, I\'d like to hear about it."',
};
const ORDER: ControllingCue[] = ['putdown_question', 'guilt', 'ultimatum', 'restriction', 'demand', 'obligation', 'surveillance', 'urgency'];

/**
 * Tells curious questions from controlling ones and says which cues fired. A curious imperative
 * ("Tell me about your day") stays curious. When the words carry threats, monitoring or isolation, the
 * result carries the safety check and no rewrite: the coach never helps phrase control more politely.
 */
export function analyseControl(input: string, options: SafetyOptions = {}): ControlResult {
  const { text, sentences } = analyse(input);
  const findings = findCues<ControlCue>(families, text);
  for (const s of sentences) {
    // A bare command shouted with "!" is a demand even when its verb is not in the lexicon.
    const curiousHere = findings.some((f) => (CURIOUS_CUES as readonly string[]).includes(f.kind) && overlaps(f, s));
    const demandHere = findings.some((f) => f.kind === 'demand' && overlaps(f, s));
    if (s.isImperative && /!\s*$/.test(s.text) && !curiousHere && !demandHere) {
      findings.push({ kind: 'demand', start: s.start, end: s.end, text: s.text, explanation: lexicon.families.demand.explanation });
    }
  }
  findings.sort((a, b) => a.start - b.start);

  const controlling = unique(findings.map((f) => f.kind).filter((k): k is ControllingCue => (CONTROLLING_CUES as readonly string[]).includes(k)));
  const curious = unique(findings.map((f) => f.kind).filter((k): k is CuriousCue => (CURIOUS_CUES as readonly string[]).includes(k)));
  const weight = (kinds: ControlCue[]): number => kinds.reduce((n, k) => n + (STRONG.has(k) ? 2 : 1), 0);
  const controlScore = weight(findings.filter((f) => (CONTROLLING_CUES as readonly string[]).includes(f.kind)).map((f) => f.kind));
  const curiousScore = findings.filter((f) => (CURIOUS_CUES as readonly string[]).includes(f.kind)).length;

  const safety = checkSafety(text, options);
  const coercive = safety.categories.some((c) => ABUSE_WITH_CONTROL.has(c));
  const cls = coercive || controlScore > curiousScore ? 'controlling' : 'curious';
  if (safety.level === 'concern') return { class: cls, controlling, curious, findings, safety };
  const first = ORDER.find((c) => controlling.includes(c));
  return cls === 'controlling' && first ? { class: cls, controlling, curious, findings, rewrite: REWRITES[first] ?? REWRITES.demand! } : { class: cls, controlling, curious, findings };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
