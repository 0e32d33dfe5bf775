import { createErrorFactory } from '@mend/core';

export const inviteNotFound = createErrorFactory({
  code: 'invites.not_found',
  userMessage: 'This invitation link is not valid. Ask your partner to send you a new one.',
});
export const inviteUsed = createErrorFactory({
  code: 'invites.used',
  userMessage: 'This invitation has already been used. If that was not you, tell your partner; they can send a new link.',
});
export const inviteRevoked = createErrorFactory({
  code: 'invites.revoked',
  userMessage: 'This invitation was withdrawn. Ask your partner for a new link if you both still want to join.',
});
export const inviteExpired = createErrorFactory({
  code: 'invites.expired',
  userMessage: 'This invitation has expired (links last 7 days). Ask your partner for a new one — there is no rush.',
});
export const invitePending = createErrorFactory({
  code: 'invites.already_pending',
  userMessage: 'There is already an open invitation. Revoke it first if you want a new link.',
});
export const coupleFull = createErrorFactory({ code: 'invites.couple_full', userMessage: 'Your partner has already joined this space.' });
export const ownInvite = createErrorFactory({ code: 'invites.own_invite', userMessage: 'This is your own invitation: send the link to your partner instead.' });
export const inviteIdTaken = createErrorFactory({ code: 'invites.id_taken', userMessage: 'Something went wrong making the link. Please try again.' });
