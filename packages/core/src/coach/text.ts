import nlp from 'compromise';

/** A half-open character range `[start, end)` into the text the caller passed in. */
export interface Span {
  start: number;
  end: number;
}

/** One piece of evidence: which cue fired, where, and a short, gentle explanation. */
export interface Finding<K extends string = string> extends Span {
  kind: K;
  text: string;
  explanation: string;
}

export interface Sentence extends Span {
  text: string;
  isQuestion: boolean;
  /** The sentence starts with a bare verb ("Tell me…", "Give me…"). */
  isImperative: boolean;
}

export interface Clause extends Span {
  text: string;
  sentence: number;
}

export type Doc = ReturnType<typeof nlp>;

export interface Analysed {
  /** The input with typographic quotes folded to ASCII; same length, so offsets match the input. */
  text: string;
  sentences: Sentence[];
  clauses: Clause[];
  /** The compromise document, for analysers that match grammar (parsed once, shared). */
  doc: Doc;
}

/** Folds curly quotes and similar one-for-one, so every offset stays valid for the original text. */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00a0/g, ' ');
}

/** compromise accepts `terms: false` (skip per-term JSON, half the cost) though its types do not say so. */
const OFFSETS_ONLY = { offset: true, terms: false } as unknown as Parameters<Doc['json']>[0];

interface NlpMatchJson {
  text: string;
  offset?: { start: number; length: number };
}

/**
 * Splits the text into sentences (compromise) and clauses (punctuation and a few conjunctions that
 * change what the speaker is doing: "but", "because", "although"…), keeping character offsets.
 * The text is parsed once; term-level JSON is avoided because it doubles the cost.
 */
export function analyse(input: string): Analysed {
  const text = normalise(input);
  const doc = nlp(text);
  const json = doc.sentences().json(OFFSETS_ONLY) as NlpMatchJson[];
  const imperativeStarts = new Set((doc.match('^#Infinitive').json(OFFSETS_ONLY) as NlpMatchJson[]).map((m) => m.offset?.start));
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const s of json) {
    const raw = s.text.trim();
    if (!raw) continue;
    // compromise's offsets are usually right; re-find the sentence text to be safe.
    let start = s.offset?.start ?? text.indexOf(raw, cursor);
    if (text.slice(start, start + raw.length) !== raw) start = text.indexOf(raw, cursor);
    if (start < 0) continue;
    const end = start + raw.length;
    cursor = end;
    const first = /^[a-z]+/i.exec(raw)?.[0].toLowerCase() ?? '';
    sentences.push({
      start,
      end,
      text: raw,
      isQuestion: /\?\s*["')\]]*$/.test(raw),
      isImperative: imperativeStarts.has(start) || IMPERATIVE_STARTS.has(first),
    });
  }
  return { text, doc, sentences, clauses: sentences.flatMap((s, i) => splitClauses(text, s, i)) };
}

const IMPERATIVE_STARTS = new Set(['tell', 'give', 'show', 'answer', 'stop', 'explain', 'send', 'call', 'come', 'get', 'look', 'listen', 'let', 'help', 'delete', 'hand']);

const CLAUSE_BREAK = /[;:,\u2014\u2013]\s*|\s+(?=(?:but|because|although|though|yet|so that|except)\b)/gi;

function splitClauses(text: string, s: Sentence, sentence: number): Clause[] {
  const clauses: Clause[] = [];
  let from = s.start;
  const body = text.slice(s.start, s.end);
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const at = s.start + (m.index ?? 0);
    pushClause(text, clauses, from, at, sentence);
    from = at + m[0].length;
  }
  pushClause(text, clauses, from, s.end, sentence);
  return clauses;
}

function pushClause(text: string, out: Clause[], start: number, end: number, sentence: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, sentence });
}

/** A cue family as stored in a lexicon file. */
export interface CueFamily {
  explanation: string;
  cues: string[];
}

export interface Lexicon {
  source: string;
  families: Record<string, CueFamily>;
}

export interface CompiledFamily {
  name: string;
  explanation: string;
  pattern: RegExp;
}

/**
 * Compiles a lexicon's families into case-insensitive regular expressions with word boundaries.
 * Cues are short regular-expression sources; an apostrophe in a cue also matches text typed without
 * one ("im", "dont"; not "we're", which would match "were"), because people type fast when they are upset.
 */
export function compileLexicon(lexicon: Lexicon): CompiledFamily[] {
  return Object.entries(lexicon.families).map(([name, family]) => ({
    name,
    explanation: family.explanation,
    pattern: compileCues(family.cues),
  }));
}

export function compileCues(cues: string[]): RegExp {
  const body = cues.map((c) => c.replace(/n't/g, "n'?t").replace(/\bi'm/g, "i'?m").replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\w'])(?:${body})(?![\\w])`, 'gi');
}

/** Every match of `pattern` inside `[from, to)` of `text`, as spans into the full text. */
export function matchAll(pattern: RegExp, text: string, from = 0, to = text.length): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(pattern)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** Finds every family's cues in the text and turns them into findings. */
export function findCues<K extends string>(families: CompiledFamily[], text: string, from = 0, to = text.length): Finding<K>[] {
  const out: Finding<K>[] = [];
  for (const f of families) {
    for (const m of matchAll(f.pattern, text, from, to)) out.push({ kind: f.name as K, ...m, explanation: f.explanation });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The sentence or clause that contains a position. */
export function containing<T extends Span>(items: T[], at: number): T | undefined {
  return items.find((s) => at >= s.start && at < s.end);
}
