import { createErrorFactory } from '../shared/errors.ts';

export const recordNotFound = createErrorFactory({ code: 'records.not_found', userMessage: 'That entry does not exist or is not yours to see.' });
export const versionConflict = createErrorFactory({
  code: 'records.version_conflict',
  userMessage: 'This entry changed on another device. Reload it, then make your change again.',
});
export const unknownKind = createErrorFactory({ code: 'records.unknown_kind', userMessage: 'That kind of entry is not known to this server.' });
export const invalidMetadata = createErrorFactory({ code: 'records.invalid_metadata', userMessage: 'The entry’s details are not valid. Reload the app and try again.' });
export const visibilityNotAllowed = createErrorFactory({ code: 'records.visibility_not_allowed', userMessage: 'This kind of entry cannot have that visibility.' });
export const notAuthor = createErrorFactory({ code: 'records.not_author', userMessage: 'Only the person who wrote this entry can change it.' });
export const ciphertextReplayed = createErrorFactory({
  code: 'records.ciphertext_reused',
  userMessage: 'This encrypted content was already stored once. Reload the app and save again.',
});
export const duplicateEntry = createErrorFactory({ code: 'records.duplicate', userMessage: 'There is already an entry for this. Edit that one instead.' });
export const recordIdTaken = createErrorFactory({ code: 'records.id_taken', userMessage: 'That entry id is already in use. Reload the app and save again.' });
