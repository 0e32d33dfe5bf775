import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { formatDay } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { activeMembers, partnerOf } from '../couple/members.ts';
import { CheckinForm } from './checkin-form.tsx';
import { Timeline } from './timeline.tsx';
import { daysWithCheckinInLast4Weeks, myCheckinFor, todayLocalDay } from './checkin-selectors.ts';

function ConsistencySentence({ days }: { days: number }) {
  if (days === 0) return null;
  return (
    <p className="muted">
      You’ve written a check-in on {days} {days === 1 ? 'day' : 'days'} in the last 4 weeks.
    </p>
  );
}

/** Practice 1: make honesty a daily habit. Today's check-in, then the shared timeline. */
export function TodayPage() {
  usePageTitle('Today');
  const { vault, snapshot } = useSession();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  // Once a save starts, the form stays open until it succeeds, so a conflict never hides what was typed.
  const [pinned, setPinned] = useState(false);
  const loading = useAsyncAction();
  const meId = snapshot.user?.id ?? '';
  const today = todayLocalDay();
  const couple = snapshot.couple;
  const readOnly = couple?.status !== 'active';
  const partner = partnerOf(couple, meId);
  const partnerHere = activeMembers(couple).some((m) => m.userId !== meId);
  const mine = myCheckinFor(snapshot.records, meId, today);
  const { run } = loading;

  useEffect(() => {
    if (!snapshot.recordsLoaded) void run(() => vault.sync());
  }, [vault, run, snapshot.recordsLoaded]);

  const showForm = !readOnly && (editing || pinned || !mine);

  return (
    <>
      <h1>Today</h1>
      <p className="lead">{formatDay(today)}</p>
      {readOnly ? (
        <Notice>
          This space is a read-only archive now. You can read what was written; nothing new can be added. <Link href="/space">About this space</Link>
        </Notice>
      ) : null}
      {!readOnly && !partnerHere ? (
        <p className="muted">
          Your partner hasn’t joined yet. <Link href="/invite">Invite them</Link> whenever you’re ready — your check-ins can start now.
        </p>
      ) : null}
      {saved ? <Notice tone="success">Saved. Thank you for being honest today.</Notice> : null}
      {showForm ? (
        <section className="card" aria-label="Today’s check-in">
          <CheckinForm
            key="today-checkin"
            existing={mine}
            partnerName={partner?.displayName ?? null}
            onSubmitting={() => setPinned(true)}
            onSaved={() => {
              setPinned(false);
              setEditing(false);
              setSaved(true);
            }}
            {...(mine
              ? {
                  onCancel: () => {
                    setPinned(false);
                    setEditing(false);
                  },
                }
              : {})}
          />
        </section>
      ) : mine && !readOnly ? (
        <section className="card card--soft" aria-label="Today’s check-in">
          <p>You’ve checked in today. You can change it until the day ends.</p>
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Edit today’s check-in
          </Button>
        </section>
      ) : null}
      <ConsistencySentence days={daysWithCheckinInLast4Weeks(snapshot.records, meId, today)} />
      {loading.error ? (
        <Notice tone="error">
          {loading.error}{' '}
          <Button variant="quiet" onClick={() => void run(() => vault.sync())}>
            Try again
          </Button>
        </Notice>
      ) : null}
      <Timeline meId={meId} partnerName={partner?.displayName ?? null} readOnly={readOnly} loaded={snapshot.recordsLoaded} />
    </>
  );
}
