import type { RecordKindDefinition } from '../records/kinds.ts';
import { notAuthor } from '../records/records.errors.ts';
import { createErrorFactory } from '../shared/errors.ts';
import { dueInstant } from './occurrences.ts';
import { promiseContentSchema, promiseMetadataSchema, type PromiseContent, type PromiseMetadata } from './promises.schemas.ts';

export const dueInPast = createErrorFactory({
  code: 'promises.due_in_past',
  userMessage: 'That time has already passed. Choose a time still ahead, or make the promise without one.',
});
export const changeByRenegotiating = createErrorFactory({
  code: 'promises.change_by_renegotiating',
  userMessage: 'A promise your partner can see changes only by renegotiating it openly, before it is due, with a reason.',
});
export const neverDeleted = createErrorFactory({
  code: 'promises.never_deleted',
  userMessage: 'A shared promise stays in the ledger. You can own a miss, or your partner can release you from it.',
});

/**
 * Practice 5, the promise ledger (issue 3). A promise is made *to* someone, so it is normally shared;
 * a private one is a draft. Once shared it is never silently edited or deleted: it changes only through
 * the lifecycle in promise-lifecycle.ts (renegotiation with a reason, a kept or owned miss, a release).
 */
export const promiseKind: RecordKindDefinition<PromiseContent, PromiseMetadata> = {
  kind: 'promise',
  contentSchema: promiseContentSchema,
  metadataSchema: promiseMetadataSchema,
  visibilities: ['partner', 'private'],
  uniqueKey: () => null,
  assertCanCreate: ({ metadata, now }) => {
    if (metadata.due && dueInstant({ ...metadata.due, timeZone: metadata.timeZone }).getTime() <= now.getTime()) throw dueInPast();
  },
  assertCanUpdate: ({ actorId, metadata, now, existing }) => {
    if (existing.authorId !== actorId) throw notAuthor();
    if (existing.visibility !== 'private') throw changeByRenegotiating();
    if (metadata.due && dueInstant({ ...metadata.due, timeZone: metadata.timeZone }).getTime() <= now.getTime()) throw dueInPast();
  },
  assertCanDelete: ({ actorId, existing }) => {
    if (existing.authorId !== actorId) throw notAuthor();
    if (existing.visibility !== 'private') throw neverDeleted();
  },
};
