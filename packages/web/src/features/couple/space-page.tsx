import { Link } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { formatDateTime } from '../../ui/format.ts';
import { activeMembers } from './members.ts';
import { InvitePanel } from './invite-panel.tsx';
import { LeaveSpaceSection } from './leave-space-section.tsx';
import { describeRole } from './roles.ts';
import { SafetyCodePanel } from './safety-code-panel.tsx';

export function SpacePage() {
  usePageTitle('Our space');
  const { snapshot } = useSession();
  const couple = snapshot.couple;
  if (!couple) {
    return (
      <>
        <h1>Our space</h1>
        <p>
          You have no shared space yet. <Link href="/">Start one</Link>.
        </p>
      </>
    );
  }
  const archived = couple.status === 'archived';
  const alone = activeMembers(couple).length < 2;
  return (
    <>
      <h1>Our space</h1>
      {archived ? (
        <div className="card card--soft">
          <p>
            This space is now a read-only archive{couple.archivedAt ? ` (since ${formatDateTime(couple.archivedAt)})` : ''}. Everything written here
            is still readable; nothing new can be added.
          </p>
          <Link href="/start" className="button button--secondary">
            Start a new space
          </Link>
        </div>
      ) : null}
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">Who’s here</h2>
        <ul className="list-plain">
          {couple.members.map((member) => (
            <li key={member.userId}>
              <strong>{member.userId === snapshot.user?.id ? `${member.displayName} (you)` : member.displayName}</strong>{' '}
              <span className="muted">
                — {describeRole(member.role)}
                {member.leftAt ? ` · left ${formatDateTime(member.leftAt)}` : ` · joined ${formatDateTime(member.joinedAt)}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {!archived && alone ? <InvitePanel /> : null}
      <SafetyCodePanel />
      {archived ? null : <LeaveSpaceSection />}
    </>
  );
}
