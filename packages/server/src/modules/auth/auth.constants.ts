import { DEFAULT_ARGON2_PARAMS } from '@mend/core/crypto/kdf';

/** The parameters the salt endpoint announces for unknown emails, identical to a new account's. */
export const DEFAULT_KDF = { ...DEFAULT_ARGON2_PARAMS };
