import phrases from './safety-phrases.json' with { type: 'json' };
import { compileLexicon, findCues, normalise, type Finding } from '../coach/text.ts';
import { DEFAULT_SAFETY_RESOURCES, type SafetyResource } from './resources.ts';

export type SafetyCategory = 'self_harm' | 'fear' | 'entrapment' | 'threat' | 'monitoring' | 'isolation';

export interface SafetyResult {
  /** `concern` when any crisis or abuse phrase was found; the coach then shows resources, not coaching. */
  level: 'none' | 'concern';
  /** `crisis` for self-harm; `abuse` for fear, entrapment, threats, monitoring, isolation. */
  concerns: ('crisis' | 'abuse')[];
  categories: SafetyCategory[];
  findings: Finding<SafetyCategory>[];
  message: string;
  resources: SafetyResource[];
}

export interface SafetyOptions {
  /** Replaces the default list, e.g. with an operator's local services. */
  resources?: readonly SafetyResource[];
}

const families = compileLexicon(phrases);
const ABUSE: readonly SafetyCategory[] = ['fear', 'entrapment', 'threat', 'monitoring', 'isolation'];

/**
 * Looks for crisis (self-harm) and abuse phrases. It runs only on the device: it logs nothing, sends
 * nothing and alerts nobody; it returns resources for the person to use if they choose. It errs towards
 * showing resources, because a gentle unnecessary card costs little and a missed one can cost a lot.
 */
export function checkSafety(input: string, options: SafetyOptions = {}): SafetyResult {
  const text = normalise(input);
  const findings = findCues<SafetyCategory>(families, text).filter((f) => !negated(text, f.start));
  const categories = [...new Set(findings.map((f) => f.kind))];
  const concerns: ('crisis' | 'abuse')[] = [];
  if (categories.includes('self_harm')) concerns.push('crisis');
  if (categories.some((c) => ABUSE.includes(c))) concerns.push('abuse');
  const all = options.resources ?? DEFAULT_SAFETY_RESOURCES;
  return {
    level: concerns.length > 0 ? 'concern' : 'none',
    concerns,
    categories,
    findings,
    message: messageFor(concerns),
    resources: all.filter((r) => r.for.some((c) => concerns.includes(c))),
  };
}

/** "I would never hurt you", "I don't want to die": a plain negation just before the cue. */
function negated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase();
  return /\b(?:never|not|don't|do not|wouldn't|would not|no longer)\s+(?:\w+\s+)?$/.test(before) && !/\bdon'?t\s+want\s+to\s+$/.test(before);
}

function messageFor(concerns: ('crisis' | 'abuse')[]): string {
  if (concerns.includes('crisis')) return 'It sounds like you may be going through something very painful. You deserve support right now, from someone trained to help. Here are places you can reach.';
  if (concerns.includes('abuse')) return 'Some of these words point to fear, threats, monitoring or isolation. That is not something to polish or work around. If any of this is happening, support is available, confidentially.';
  return '';
}
