import lexicon from './lexicons/reflection.json' with { type: 'json' };
import { analyse, compileCues, compileLexicon, containing, findCues, matchAll, type Finding } from './text.ts';

export type ReflectionCue = 'reflect_frame' | 'checks_back' | 'defence' | 'advice' | 'moralising' | 'pivot' | 'feeling' | 'content';

export interface ReflectionResult {
  overall: 'good' | 'poor';
  paraphrases_content: boolean;
  names_feeling: boolean;
  avoids_rebuttal: boolean;
  checks_back: boolean;
  /** Offsets point into the listener's reply. */
  findings: Finding<ReflectionCue>[];
  suggestions: string[];
}

const families = compileLexicon(lexicon);
const FEELING = compileCues(lexicon.feelings);
const REBUTTAL = new Set<ReflectionCue>(['defence', 'advice', 'moralising', 'pivot']);
const STOP = new Set('a an and are as at be been being but by can could did do does doing for from had has have having he her him his how i if in into is it its just me my of on or our really she so some than that the their them then there they this to too up us very was we were what when where which who why will with would you your yours yourself im ive dont didnt its thats youre feel felt like know think said say get got go going went one all about more much not no yes also even still ever never always'.split(' '));

/**
 * Checks a listener's reflection against what the partner said, the way an Imago-style mirror works:
 * it carries the content back in the listener's words, names a feeling as the partner's, holds back
 * defence, advice, moralising and "me too", and checks back. Offsets refer to the reply.
 */
export function analyseReflection(input: { partnerStatement: string; reply: string }): ReflectionResult {
  const { text, clauses, sentences } = analyse(input.reply);
  const findings = findCues<ReflectionCue>(families, text);

  const said = stems(input.partnerStatement);
  const content: Finding<ReflectionCue>[] = [];
  for (const m of matchAll(/[a-z][a-z']+/gi, text)) {
    const s = stem(m.text);
    if (s && said.has(s)) content.push({ kind: 'content', ...m, explanation: 'This carries back something your partner said.' });
  }
  findings.push(...content);

  for (const m of matchAll(FEELING, text)) {
    const clause = containing(clauses, m.start);
    const before = text.slice(clause?.start ?? 0, m.start).toLowerCase();
    const after = text.slice(m.end, clause?.end ?? text.length).toLowerCase();
    const who = nearestPerson(before);
    if (attributedToPartner(before, after)) {
      findings.push({ kind: 'feeling', ...m, explanation: 'You name a feeling as your partner\'s.' });
    } else if (who && /^(?:i|i'm|im|me|my)$/.test(who) && !/\b(?:sorry|imagine|hear|see|understand|get)\b/.test(before)) {
      // The listener's own feeling: honest, but it moves the spotlight during a reflection.
      findings.push({ kind: 'pivot', ...m, explanation: 'Your own feeling can wait for your turn; for now the spotlight is on your partner.' });
    }
  }
  findings.sort((a, b) => a.start - b.start);

  const has = (k: ReflectionCue): boolean => findings.some((f) => f.kind === k);
  const distinctContent = new Set(content.map((c) => stem(c.text))).size;
  // A reflecting frame with substance of its own counts too: "in your own words" may share no words.
  const ownWords = stems(text).size >= 3;
  const paraphrases_content = distinctContent >= 2 || (has('reflect_frame') && (distinctContent >= 1 || has('feeling') || ownWords));
  const names_feeling = has('feeling');
  const avoids_rebuttal = !findings.some((f) => REBUTTAL.has(f.kind));
  const last = sentences[sentences.length - 1];
  const checks_back = has('checks_back') || (last !== undefined && last.isQuestion && /\b(?:right|more|understand|get|got|missing|miss|fair|close)\b/i.test(last.text) && !/\bwhy\b/i.test(last.text));
  const overall = paraphrases_content && avoids_rebuttal && (names_feeling || checks_back) ? 'good' : 'poor';

  const suggestions: string[] = [];
  if (!avoids_rebuttal) suggestions.push('Hold your own side for now; your turn to be heard comes after your partner says "you got it".');
  if (!paraphrases_content) suggestions.push('Say back what you heard in your own words: "What I hear is…".');
  if (!names_feeling) suggestions.push('Name the feeling you think they have: "It sounds like you felt…".');
  if (!checks_back) suggestions.push('Check back: "Did I get that right? Is there more?"');
  return { overall, paraphrases_content, names_feeling, avoids_rebuttal, checks_back, findings, suggestions };
}

/** The nearest person before the feeling is "you", or the feeling is done to "you" ("it scared you"). */
function nearestPerson(before: string): string | undefined {
  const people = [...before.matchAll(/\b(i|i'm|im|me|my|we|you|you're|youre|your|yourself|he|she|they)\b/g)].map((m) => m[1]);
  return people[people.length - 1];
}

function attributedToPartner(before: string, after: string): boolean {
  const nearest = nearestPerson(before);
  if (nearest && /^(you|you're|youre|your|yourself)$/.test(nearest)) return true;
  if (/^\s+(?:you|for you)\b/.test(after) && !(nearest && /^(i|i'm|im|we)$/.test(nearest))) return true;
  // "That must have been lonely": an empathic guess about the partner's experience.
  return /\b(?:must|would|might) (?:have )?(?:been|be|feel|felt)\s+(?:so |really |very )?$/.test(before) && !(nearest && /^(i|i'm|im|me|my|we)$/.test(nearest));
}

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[a-z][a-z']+/gi)) {
    const s = stem(m[0]);
    if (s) out.add(s);
  }
  return out;
}

/** A deliberately crude stem: enough to match "texted"/"texting", "promises"/"promise". */
function stem(word: string): string | undefined {
  const w = word.toLowerCase().replace(/[\u2019']/g, '');
  if (w.length < 3 || STOP.has(w)) return undefined;
  return w.replace(/(?:ing|ed|es|s|ly)$/, '').replace(/(.)\1$/, '$1').replace(/e$/, '');
}
