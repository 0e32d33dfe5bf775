import { createErrorFactory } from '@mend/core';

export const invalidCredentials = createErrorFactory({
  code: 'auth.invalid_credentials',
  userMessage: 'That email and password do not match an account. Check them and try again.',
});
export const invalidRecovery = createErrorFactory({
  code: 'auth.invalid_recovery',
  userMessage: 'That email and recovery code do not match an account. Check each group of the code and try again.',
});
export const emailTaken = createErrorFactory({
  code: 'auth.email_taken',
  userMessage: 'An account with this email already exists. Log in instead, or use “Forgot password”.',
});
export const userIdTaken = createErrorFactory({ code: 'auth.user_id_taken', userMessage: 'Something went wrong creating your account. Please try again.' });
export const notAuthenticated = createErrorFactory({ code: 'auth.not_authenticated', userMessage: 'Please log in to continue.' });
export const recoveryNotConfirmed = createErrorFactory({
  code: 'auth.recovery_not_confirmed',
  userMessage: 'Confirm your recovery code first: it is the only way back in if you forget your password.',
});
export const recoveryCodeMismatch = createErrorFactory({
  code: 'auth.recovery_code_mismatch',
  userMessage: 'That is not the recovery code shown for this account. Check it and try again.',
});
export const sessionNotFound = createErrorFactory({ code: 'auth.session_not_found', userMessage: 'That session has already ended.' });
