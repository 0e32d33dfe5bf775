import type { RecordKindDefinition } from '../records/kinds.ts';
import { createErrorFactory } from '../shared/errors.ts';
import { checkPromiseEvent } from './promise-history.ts';
import { promiseEventContentSchema, promiseEventMetadataSchema, type PromiseEventContent, type PromiseEventMetadata } from './promise-events.schemas.ts';
import type { PromiseMetadata } from './promises.schemas.ts';

export const historyIsPermanent = createErrorFactory({
  code: 'promises.history_is_permanent',
  userMessage: 'What happened with a promise stays in its history. Add a new step instead.',
});

/**
 * One step in a promise's life (issue 3): marked done, confirmed kept, "not quite", an owned miss, a
 * renegotiation, a release. Always shared (both partners see the ledger), never edited or deleted.
 */
export const promiseEventKind: RecordKindDefinition<PromiseEventContent, PromiseEventMetadata> = {
  kind: 'promise_event',
  contentSchema: promiseEventContentSchema,
  metadataSchema: promiseEventMetadataSchema,
  visibilities: ['partner'],
  uniqueKey: () => null,
  targetId: (metadata) => metadata.promiseId,
  targetRule: { scope: 'shared', targetKind: 'promise' },
  assertCanCreate: () => {},
  assertCanUpdate: () => {
    throw historyIsPermanent();
  },
  assertCanDelete: () => {
    throw historyIsPermanent();
  },
  assertWithHistory: ({ actorId, metadata, now, target, history }) => {
    checkPromiseEvent({ promise: { authorId: target.authorId, metadata: target.metadata as PromiseMetadata }, history, actorId, event: metadata, now });
  },
};
