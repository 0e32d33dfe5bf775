import { codeOf, messageOf } from '../../vault/vault-errors.ts';

/** A link that no longer works gets a clear, calm explanation and what to do next. */
export function describeInviteProblem(error: unknown): { title: string; message: string } {
  switch (codeOf(error)) {
    case 'invites.used':
      return { title: 'This invitation has already been used', message: 'Each link works only once. If you did not use it, ask your partner to make a new one.' };
    case 'invites.revoked':
      return { title: 'This invitation was withdrawn', message: 'Your partner withdrew this link. If you both would like to continue, they can make a new one.' };
    case 'invites.expired':
      return { title: 'This invitation has expired', message: 'Links work for 7 days. Your partner can make a new one whenever you are both ready.' };
    case 'invites.not_found':
      return { title: 'This invitation could not be found', message: 'Please check that the whole link was copied, or ask your partner for a new one.' };
    case 'invites.link_damaged':
      return { title: 'This link looks incomplete', message: messageOf(error) };
    default:
      return { title: 'This invitation could not be opened', message: messageOf(error) };
  }
}
