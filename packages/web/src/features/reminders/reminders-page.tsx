import { Link } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { isPromise } from '../../vault/record-types.ts';
import { useReminders } from './use-reminders.ts';

/** Reminders for the promiser only; the words come from the promise itself, decrypted on this device. */
export function RemindersPage() {
  usePageTitle('Reminders');
  const { snapshot } = useSession();
  const { reminders, markRead } = useReminders();
  const textOf = (promiseId: string) => snapshot.records.filter(isPromise).find((p) => p.id === promiseId)?.content?.text ?? 'your promise';

  return (
    <div className="page">
      <h1>Reminders</h1>
      <p className="lead">Gentle nudges about your own promises. Your partner is never told when one is missed.</p>
      {reminders.length === 0 ? <p className="muted">Nothing to remind you of right now.</p> : null}
      <ul className="stack plain-list">
        {reminders.map((reminder) => (
          <li key={reminder.id} className={`card stack${reminder.readAt ? ' card--quiet' : ''}`}>
            <p>
              {reminder.kind === 'promise_due_soon' ? (
                <>Coming up: “{textOf(reminder.subjectId)}”.</>
              ) : (
                <>Did you keep it? “{textOf(reminder.subjectId)}” was due. Mark it done or own it — either is honest.</>
              )}
            </p>
            <p className="muted">{formatDateTime(reminder.createdAt)}</p>
            <div className="row">
              <Link href="/promises">Open promises</Link>
              {reminder.readAt === null ? (
                <Button variant="quiet" onClick={() => void markRead(reminder.id)}>
                  Mark as read
                </Button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
