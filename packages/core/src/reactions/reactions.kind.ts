import type { RecordKindDefinition } from '../records/kinds.ts';
import { notAuthor } from '../records/records.errors.ts';
import { createErrorFactory } from '../shared/errors.ts';
import { reactionContentSchema, reactionMetadataSchema, type ReactionContent, type ReactionMetadata } from './reactions.schemas.ts';

export const targetChanged = createErrorFactory({ code: 'reactions.target_changed', userMessage: 'A reaction stays with the entry it answers.' });

/**
 * A partner's short acknowledgement of a shared entry. Always shared (it is written *to* someone);
 * one per entry per person, which they may change. The server checks the target is the other
 * partner's shared entry in the same couple.
 */
export const reactionKind: RecordKindDefinition<ReactionContent, ReactionMetadata> = {
  kind: 'reaction',
  contentSchema: reactionContentSchema,
  metadataSchema: reactionMetadataSchema,
  visibilities: ['partner'],
  uniqueKey: (metadata) => `reaction:${metadata.targetId}`,
  targetId: (metadata) => metadata.targetId,
  assertCanCreate: () => {},
  assertCanUpdate: ({ actorId, metadata, existing }) => {
    if (existing.authorId !== actorId) throw notAuthor();
    if (existing.metadata.targetId !== metadata.targetId) throw targetChanged();
  },
  assertCanDelete: ({ actorId, existing }) => {
    if (existing.authorId !== actorId) throw notAuthor();
  },
};
