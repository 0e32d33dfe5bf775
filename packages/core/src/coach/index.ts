/**
 * The language coach: pure functions that run on the user's device (no I/O, no clock, no network).
 * It suggests and explains, pointing at the words; it never blocks sending and never scores a person.
 */
export { analyseApology, APOLOGY_COMPONENTS, APOLOGY_DEFECTS, type ApologyResult, type ApologyComponent, type ApologyDefect, type Suggestion } from './apology.ts';
export { analyseControl, CONTROLLING_CUES, CURIOUS_CUES, type ControlResult, type ControllingCue, type CuriousCue } from './control.ts';
export { analyseReflection, type ReflectionResult } from './reflection.ts';
export { analyseHorsemen, HORSEMEN, type Horseman, type HorsemenResult, type HorsemanFinding } from './horsemen.ts';
export { predict, predictLine, COACH_TASKS, type CoachTask, type PredictionInput, type PredictionOutput, type PredictionError } from './predict.ts';
export type { Finding, Span } from './text.ts';
export { checkSafety, type SafetyResult, type SafetyCategory, type SafetyOptions } from '../safety/safety.ts';
export { DEFAULT_SAFETY_RESOURCES, type SafetyResource } from '../safety/resources.ts';
