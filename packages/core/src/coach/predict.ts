import { z } from 'zod';
import { analyseApology } from './apology.ts';
import { analyseControl } from './control.ts';
import { analyseHorsemen } from './horsemen.ts';
import { analyseReflection } from './reflection.ts';

export const COACH_TASKS = ['apology', 'control', 'reflection', 'horsemen'] as const;
export type CoachTask = (typeof COACH_TASKS)[number];

const predictionInput = z.object({
  id: z.union([z.string(), z.number()]),
  task: z.enum(COACH_TASKS),
  text: z.string(),
  partner_statement: z.string().optional(),
});

export type PredictionInput = z.infer<typeof predictionInput>;
export type PredictionOutput = Record<string, unknown> & { id: string | number | null; task?: CoachTask };
export interface PredictionError {
  id: string | number | null;
  task?: string;
  line: number;
  error: { code: string; message: string };
}

/** One evaluation item in, the prediction fields issue 4 fixes out (flat, beside `id` and `task`). */
export function predict(input: PredictionInput): PredictionOutput {
  const { id, task, text } = input;
  switch (task) {
    case 'apology': {
      const r = analyseApology(text);
      return { id, task, overall: r.overall, components: r.components, defects: r.defects };
    }
    case 'control':
      return { id, task, class: analyseControl(text).class };
    case 'reflection': {
      const r = analyseReflection({ partnerStatement: input.partner_statement ?? '', reply: text });
      return { id, task, overall: r.overall, paraphrases_content: r.paraphrases_content, names_feeling: r.names_feeling, avoids_rebuttal: r.avoids_rebuttal, checks_back: r.checks_back };
    }
    case 'horsemen':
      return { id, task, horsemen: analyseHorsemen(text).horsemen };
  }
}

/**
 * Parses and predicts one JSONL line. A bad line gives an error object for that line (so a run over
 * thousands of items carries on); `undefined` means a blank line, which is skipped.
 */
export function predictLine(line: string, lineNumber: number): PredictionOutput | PredictionError | undefined {
  if (!line.trim()) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, line: lineNumber, error: { code: 'coach.invalid_json', message: 'This line is not valid JSON.' } };
  }
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? obj.id : null;
  const task = typeof obj.task === 'string' ? obj.task : undefined;
  const parsed = predictionInput.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    return { id, ...(task ? { task } : {}), line: lineNumber, error: { code: 'coach.invalid_item', message } };
  }
  if (parsed.data.task === 'reflection' && parsed.data.partner_statement === undefined) {
    return { id, task, line: lineNumber, error: { code: 'coach.missing_partner_statement', message: 'A reflection item needs "partner_statement".' } };
  }
  try {
    return predict(parsed.data);
  } catch (e) {
    return { id, task, line: lineNumber, error: { code: 'coach.analysis_failed', message: e instanceof Error ? e.message : 'Analysis failed.' } };
  }
}
