import { createErrorFactory } from '@mend/core';

export const coupleNotFound = createErrorFactory({ code: 'couples.not_found', userMessage: 'That space does not exist or you are not part of it.' });
export const coupleArchived = createErrorFactory({
  code: 'couples.archived',
  userMessage: 'This space is now a read-only archive: nothing new can be written here. You can still read it.',
});
export const alreadyInCouple = createErrorFactory({
  code: 'couples.already_in_couple',
  userMessage: 'You are already part of an active space. Leave it first if you want to start a new one.',
});
export const coupleIdTaken = createErrorFactory({ code: 'couples.id_taken', userMessage: 'Something went wrong starting your space. Please try again.' });
