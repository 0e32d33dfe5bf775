import lexicon from './lexicons/horsemen.json' with { type: 'json' };
import { analyse, compileCues, compileLexicon, containing, findCues, matchAll, overlaps, type Finding } from './text.ts';

export const HORSEMEN = ['criticism', 'contempt', 'defensiveness', 'stonewalling'] as const;
export type Horseman = (typeof HORSEMEN)[number];

export interface HorsemanFinding extends Finding<Horseman> {
  /** The research-based antidote to suggest, in a sentence. */
  antidote: string;
}

export interface HorsemenResult {
  /** Which horsemen appear, in Gottman's order; empty when none do. */
  horsemen: Horseman[];
  findings: HorsemanFinding[];
}

const families = compileLexicon(lexicon);
const TRAIT = compileCues([`you(?:'re| are| were|'ve been| have been| can be| can get)? (?:so |such |really |always |just |being |totally |completely )*(?:${lexicon.traits.join('|')})`]);
/** Warm words that make "you always…" an appreciation, not a criticism. */
const WARM = /\b(?:thank|thanks|love|appreciate|grateful|great|wonderful|kind|sweet|make me (?:laugh|smile|happy|feel (?:safe|loved)))/i;
/** A break with a way back is self-soothing (the antidote), not stonewalling. */
const RETURN = /\b(?:later|after|tomorrow|tonight|in (?:an? |\d+ |a few |twenty |ten |thirty )?(?:minutes?|hours?|bit)|come back|pick (?:this|it) up|when i(?:'ve| have)? calmed|need (?:a|some) (?:break|time|space)|take a break)\b/i;

/**
 * Finds the verbal traces of Gottman's Four Horsemen and offers each one's antidote. A plain, specific
 * complaint ("You left the cap off this morning") is not criticism: criticism needs a global word
 * ("always", "never") or a judgement of character. Tone of voice, eye-rolls and silence are invisible
 * in text, so stonewalling is only found where the words themselves shut the talk down.
 */
export function analyseHorsemen(input: string): HorsemenResult {
  const { text, sentences } = analyse(input);
  const raw = findCues<Horseman>(families, text);
  for (const m of matchAll(TRAIT, text)) raw.push({ kind: 'criticism', ...m, explanation: lexicon.families.criticism.explanation });
  // A whole message of "Fine." or "Nothing." is a shut-down even without other cues.
  if (/^\s*(?:fine|k|ok|nothing|no comment)[.!]*\s*$/i.test(text)) raw.push({ kind: 'stonewalling', start: 0, end: text.length, text: text.trim(), explanation: lexicon.families.stonewalling.explanation });

  const findings: HorsemanFinding[] = [];
  for (const f of raw) {
    const sentence = containing(sentences, f.start);
    const around = sentence ? text.slice(sentence.start, sentence.end) : text;
    if (f.kind === 'criticism' && WARM.test(around)) continue;
    if (f.kind === 'stonewalling' && RETURN.test(text)) continue;
    // An insult is contempt; do not also count the same words as criticism.
    if (f.kind === 'criticism' && raw.some((o) => o.kind === 'contempt' && overlaps(o, f))) continue;
    if (findings.some((o) => o.kind === f.kind && overlaps(o, f))) continue;
    findings.push({ ...f, antidote: lexicon.antidotes[f.kind] });
  }
  findings.sort((a, b) => a.start - b.start);
  return { horsemen: HORSEMEN.filter((h) => findings.some((f) => f.kind === h)), findings };
}
