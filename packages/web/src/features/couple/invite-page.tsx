import { Link } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { activeMembers } from './members.ts';
import { InvitePanel } from './invite-panel.tsx';

export function InvitePage() {
  usePageTitle('Invite your partner');
  const { snapshot } = useSession();
  const partner = activeMembers(snapshot.couple).find((m) => m.userId !== snapshot.user?.id);
  return (
    <>
      <h1>Invite your partner</h1>
      {partner ? (
        <p className="lead">{partner.displayName} has already joined your space. No invitation is needed.</p>
      ) : (
        <>
          <p className="lead">Your space is ready. You can start writing check-ins now; your partner can join whenever they are ready.</p>
          <InvitePanel />
        </>
      )}
      <p>
        <Link href="/">Go to today’s check-in</Link>
      </p>
    </>
  );
}
