import { DomainError, isDomainError } from '@mend/core';
import { isApiError } from '../api/api-error.ts';

export const lockedError = () =>
  new DomainError('vault.locked', { userMessage: 'Your keys are not unlocked on this device. Please log in again.' });

export const noSpaceError = () =>
  new DomainError('vault.no_space', { userMessage: 'You have no shared space yet. Start one first.' });

export const spaceKeyError = () =>
  new DomainError('vault.space_key_unavailable', {
    userMessage: 'Mend could not open the key to your shared space on this device. Try logging out and in again.',
  });

export const inviteLinkDamaged = () =>
  new DomainError('invites.link_damaged', {
    userMessage: 'This invitation link looks incomplete or changed. Ask your partner to copy the whole link again, or to make a new one.',
  });

export const wrongPassword = () =>
  new DomainError('auth.wrong_password', { userMessage: 'That password did not unlock your keys. Please check it and try again.' });

export const invalidContent = () =>
  new DomainError('records.invalid_content', {
    userMessage: 'Part of this entry is empty or too long. Please look over the fields and try again — nothing is lost.',
  });

export const GENERIC_MESSAGE = 'Something did not work. Nothing you typed is lost — please try again.';

/** The sentence to show a person for any error the vault or API can throw. */
export function messageOf(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (isDomainError(error)) return error.userMessage;
  return GENERIC_MESSAGE;
}

export function codeOf(error: unknown): string | null {
  if (isApiError(error) || isDomainError(error)) return error.code;
  return null;
}
