import { createErrorFactory } from '../shared/errors.ts';

/** One message for every failure to open: which check failed is nobody's business but the attacker's. */
export const cryptoFailure = createErrorFactory({
  code: 'crypto.open_failed',
  userMessage: 'This could not be decrypted or was changed after it was written.',
});
