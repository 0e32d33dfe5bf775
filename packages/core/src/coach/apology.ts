import lexicon from './lexicons/apology.json' with { type: 'json' };
import { analyse, compileLexicon, findCues, overlaps, type Doc, type Finding, type Span } from './text.ts';

export const APOLOGY_COMPONENTS = ['act', 'impact', 'responsibility', 'remorse', 'explanation', 'repair', 'forgiveness'] as const;
export const APOLOGY_DEFECTS = ['conditional', 'non_apology', 'excuse', 'blame_shift', 'minimising', 'self_focus'] as const;
export type ApologyComponent = (typeof APOLOGY_COMPONENTS)[number];
export type ApologyDefect = (typeof APOLOGY_DEFECTS)[number];
type ContextCue = 'sympathy' | 'courtesy';
export type ApologyCue = ApologyComponent | ApologyDefect | ContextCue;

/** What the words are doing: an apology for harm, sympathy, a small courtesy, or none of these. */
export type ApologyContext = 'apology' | 'sympathy' | 'courtesy' | 'none';

export interface Suggestion {
  /** What the suggestion is about: a missing component or a defect to soften. */
  about: ApologyComponent | ApologyDefect;
  /** 1 is most important (responsibility), larger numbers matter less; forgiveness is last. */
  rank: number;
  message: string;
  span?: Span;
}

export interface ApologyResult {
  context: ApologyContext;
  overall: 'good' | 'poor';
  components: ApologyComponent[];
  defects: ApologyDefect[];
  findings: Finding<ApologyCue>[];
  suggestions: Suggestion[];
}

const families = compileLexicon(lexicon);

/** Words after "I" + past tense that report a state rather than something the speaker did. */
const NOT_AN_ACT = /^i\s+(?:was|were|felt|thought|meant|wanted|needed|guess|knew|said i|just wanted|hope|apologi[sz]ed)\b/i;
const ACT_PATTERNS = ['i #Adverb? #PastTense', "i (did not|didn't|never|wasn't) #Adverb? #Verb", "i (have|had|'ve) #Adverb? (#PastTense|#Participle)", '(sorry|apologize|apologise) for #Gerund', '(my|the) (affair|lie|lies|lying|cheating|betrayal)'];
const OWNING = new Set<ApologyCue>(['responsibility', 'impact', 'act']);
const PASSIVE_AGENT = /^\s+by\s+(?:me|myself|us|i)\b/i;

const EXPLAIN: Record<ApologyComponent, string> = {
  act: lexicon.families.act.explanation,
  impact: lexicon.families.impact.explanation,
  responsibility: lexicon.families.responsibility.explanation,
  remorse: lexicon.families.remorse.explanation,
  explanation: lexicon.families.explanation.explanation,
  repair: lexicon.families.repair.explanation,
  forgiveness: lexicon.families.forgiveness.explanation,
};

/**
 * Reads an apology the way research on apology structure does: which components are present, which
 * defects undo them, and what would help most. It suggests only; the writer decides. Sympathy ("I'm
 * sorry you're going through this") and small courtesies ("Sorry if I'm late") are recognised and not
 * judged as apologies.
 */
export function analyseApology(input: string): ApologyResult {
  const { text, clauses, doc } = analyse(input);
  let findings = findCues<ApologyCue>(families, text);
  findings.push(...findActs(doc));

  const contextSpans = findings.filter((f) => f.kind === 'sympathy' || f.kind === 'courtesy');
  const courtesyClauses = clauses.filter((c) => contextSpans.some((s) => s.kind === 'courtesy' && overlaps(s, c)));
  findings = findings.filter((f) => {
    if (f.kind === 'sympathy' || f.kind === 'courtesy') return true;
    // Sympathy and courtesy take the words they cover; a courtesy's whole sentence is not an apology.
    if (contextSpans.some((s) => overlaps(s, f))) return false;
    if (courtesyClauses.some((c) => c.sentence === clauseOf(clauses, f)?.sentence) && (f.kind === 'conditional' || f.kind === 'excuse' || f.kind === 'remorse')) return false;
    // "Mistakes were made by me" names its agent: not an agentless non-apology.
    if (f.kind === 'non_apology' && PASSIVE_AGENT.test(text.slice(f.end))) return false;
    return true;
  });

  // Whatever sits inside a hedge ("sorry if I hurt you") is not owned, so it does not count.
  const hedges = findings.filter((f) => f.kind === 'conditional').map((f) => ({ start: f.start, end: clauseOf(clauses, f)?.end ?? f.end }));
  findings = findings.filter((f) => !(OWNING.has(f.kind) && hedges.some((h) => overlaps(h, f))));

  const has = (k: ApologyCue): boolean => findings.some((f) => f.kind === k);
  const apologising = has('remorse') || has('responsibility') || has('forgiveness') || has('non_apology') || (has('conditional') && !has('courtesy'));
  const firstApology = Math.min(...findings.filter((f) => f.kind === 'remorse' || f.kind === 'responsibility' || f.kind === 'non_apology').map((f) => f.start));
  // An excuse is an excuse only after an apology; a conditional only inside one.
  findings = findings.filter((f) => {
    if (f.kind === 'excuse') return apologising && (f.start > firstApology || !/^but\b/i.test(f.text));
    if (f.kind === 'conditional') return apologising;
    return true;
  });

  const context: ApologyContext = apologising ? 'apology' : has('sympathy') ? 'sympathy' : has('courtesy') ? 'courtesy' : 'none';
  const components = APOLOGY_COMPONENTS.filter((c) => has(c));
  const defects = APOLOGY_DEFECTS.filter((d) => has(d));
  const owned = components.includes('responsibility') || (components.includes('remorse') && (components.includes('act') || components.includes('impact')));
  const overall = context === 'apology' ? (defects.length === 0 && owned ? 'good' : 'poor') : context === 'none' ? 'poor' : defects.length === 0 ? 'good' : 'poor';
  return { context, overall, components, defects, findings, suggestions: context === 'apology' || context === 'none' ? suggest(components, findings) : [] };
}

function clauseOf<T extends Span & { sentence: number }>(clauses: T[], f: Span): T | undefined {
  return clauses.find((c) => overlaps(c, f));
}

function findActs(doc: Doc): Finding<ApologyCue>[] {
  const out: Finding<ApologyCue>[] = [];
  for (const pattern of ACT_PATTERNS) {
    const matches = doc.match(pattern).json({ offset: true }) as { text: string; offset?: { start: number; length: number } }[];
    for (const m of matches) {
      if (!m.offset || NOT_AN_ACT.test(m.text)) continue;
      const raw = m.text.replace(/[\s.,!?;:]+$/, '');
      out.push({ kind: 'act', start: m.offset.start, end: m.offset.start + raw.length, text: raw, explanation: EXPLAIN.act });
    }
  }
  return out;
}

interface Advice {
  rank: number;
  message: string;
}

const MISSING: Partial<Record<ApologyComponent, Advice>> = {
  responsibility: { rank: 1, message: 'Say plainly that it was your choice, for example "That was my fault, and there is no excuse for it."' },
  repair: { rank: 2, message: 'Offer something concrete you will do to make it right or to change, for example "From now on I will…".' },
  act: { rank: 3, message: 'Name the specific thing you did, in your own words.' },
  impact: { rank: 3, message: 'Name how it may have affected your partner, for example "I know it left you feeling…".' },
  remorse: { rank: 4, message: 'Say that you are sorry, simply.' },
  forgiveness: { rank: 5, message: 'If and when it feels right, you might ask whether they could forgive you, and leave the timing to them.' },
};

const FIX: Record<ApologyDefect, Advice> = {
  conditional: { rank: 1, message: 'Drop the "if": say what happened and that it hurt.' },
  non_apology: { rank: 1, message: 'Apologise for what you did, naming yourself, rather than for how they feel or "the situation".' },
  blame_shift: { rank: 1, message: 'Leave out what your partner did; own your part on its own.' },
  excuse: { rank: 1, message: 'Let the apology stand without the "but"; if context matters, offer it later, if they want it.' },
  minimising: { rank: 3, message: 'Leave out words that make it smaller; let it be as big as it felt to them.' },
  self_focus: { rank: 3, message: 'Keep the focus on their experience for now; your own feelings can have their turn later.' },
};

function suggest(components: ApologyComponent[], findings: Finding<ApologyCue>[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const f of findings) {
    if (!(APOLOGY_DEFECTS as readonly string[]).includes(f.kind)) continue;
    const defect = f.kind as ApologyDefect;
    if (out.some((s) => s.about === defect)) continue;
    out.push({ about: defect, ...FIX[defect], span: { start: f.start, end: f.end } });
  }
  for (const [c, advice] of Object.entries(MISSING) as [ApologyComponent, Advice][]) {
    if (components.includes(c)) continue;
    if (c === 'act' && components.includes('impact')) continue;
    if (c === 'impact' && !components.includes('act')) continue;
    if (c === 'remorse' && components.includes('responsibility')) continue;
    if (c === 'forgiveness' && !(components.includes('responsibility') && components.includes('repair'))) continue;
    out.push({ about: c, ...advice });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

export { EXPLAIN as APOLOGY_COMPONENT_EXPLANATIONS };
