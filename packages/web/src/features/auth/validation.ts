import { displayNameSchema, emailSchema } from '@mend/core';

/** ASVS 6.2.1: at least 12 characters, no composition rules; 128 at most (Argon2id takes any length). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export function checkEmail(email: string): string | null {
  return emailSchema.safeParse(email).success ? null : 'Please enter an email address, like name@example.com.';
}

export function checkDisplayName(name: string): string | null {
  return displayNameSchema.safeParse(name).success ? null : 'Please enter a name between 1 and 60 characters. It can be just a first name.';
}

export function checkNewPassword(password: string): string | null {
  if (password.length > MAX_PASSWORD_LENGTH) return `Please use at most ${MAX_PASSWORD_LENGTH} characters.`;
  return password.length >= MIN_PASSWORD_LENGTH
    ? null
    : `Please use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`;
}
