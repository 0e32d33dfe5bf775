import { useEffect, useMemo, useState } from 'react';
import { keptPerWeek, promiseOccurrences } from '@mend/core';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { isPromise, isPromiseEvent } from '../../vault/record-types.ts';
import { PromiseCard } from './promise-card.tsx';
import { PromiseForm } from './promise-form.tsx';
import { KeptChart } from './kept-chart.tsx';

/** Practice 5, keep all promises: the ledger both partners see. Loaded on demand (its date rules are large). */
export default function PromisesPage() {
  usePageTitle('Promises');
  const { vault, snapshot } = useSession();
  const { run } = useAsyncAction();
  const [making, setMaking] = useState(false);
  const meId = snapshot.user?.id ?? '';
  const couple = snapshot.couple;
  const readOnly = couple?.status !== 'active';
  const names = Object.fromEntries((couple?.members ?? []).map((m) => [m.userId, m.userId === meId ? 'You' : m.displayName]));

  useEffect(() => {
    if (!snapshot.recordsLoaded) void run(() => vault.sync());
  }, [vault, run, snapshot.recordsLoaded]);

  const ledger = useMemo(() => {
    const steps = snapshot.records.filter(isPromiseEvent).filter((s) => s.verified);
    const now = new Date();
    return snapshot.records
      .filter(isPromise)
      .filter((p) => p.visibility === 'partner' && p.verified)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((promise) => {
        const own = steps.filter((s) => s.metadata.promiseId === promise.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        return { promise, steps: own, ...promiseOccurrences({ metadata: promise.metadata, history: own.map((s) => s.metadata), now }) };
      });
  }, [snapshot.records]);

  const keptWeeks = useMemo(() => keptPerWeek(snapshot.records.filter(isPromiseEvent).map((s) => ({ metadata: s.metadata, createdAt: s.createdAt }))), [snapshot.records]);
  const keptTotal = keptWeeks.reduce((sum, w) => sum + w.kept, 0);
  const mine = ledger.filter((l) => l.promise.authorId === meId);
  const toMe = ledger.filter((l) => l.promise.authorId !== meId);

  return (
    <div className="page">
      <h1>Promises</h1>
      <p className="lead">Small promises, kept again and again, are how trust comes back. Your partner confirms when one feels kept.</p>
      {!readOnly ? (
        making ? (
          <PromiseForm onMade={() => setMaking(false)} />
        ) : (
          <Button onClick={() => setMaking(true)}>Make a promise</Button>
        )
      ) : null}
      {keptTotal > 0 ? (
        <section className="card" aria-labelledby="kept-heading">
          <h2 id="kept-heading">Kept over time</h2>
          <KeptChart weeks={keptWeeks} />
          <table className="table">
            <caption className="muted">Promises confirmed kept, per week</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Kept</th>
              </tr>
            </thead>
            <tbody>
              {keptWeeks.map((w) => (
                <tr key={w.weekStart}>
                  <td>{w.weekStart}</td>
                  <td>{w.kept}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby="mine-heading" className="stack">
        <h2 id="mine-heading">My promises</h2>
        {mine.length === 0 ? <p className="muted">A promise can be as small as a text when you leave work.</p> : null}
        {mine.map((l) => (
          <PromiseCard key={l.promise.id} {...l} meId={meId} names={names} readOnly={readOnly} />
        ))}
      </section>
      <section aria-labelledby="to-me-heading" className="stack">
        <h2 id="to-me-heading">Promises made to me</h2>
        {toMe.length === 0 ? <p className="muted">When your partner makes you a promise, it appears here for you to confirm.</p> : null}
        {toMe.map((l) => (
          <PromiseCard key={l.promise.id} {...l} meId={meId} names={names} readOnly={readOnly} />
        ))}
      </section>
    </div>
  );
}
