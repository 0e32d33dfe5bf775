import { useSession } from '../../app/session.tsx';
import { CheckinCard } from './checkin-card.tsx';
import { checkinTimeline, reactionsTo } from './checkin-selectors.ts';

export function Timeline({ meId, partnerName, readOnly, loaded }: { meId: string; partnerName: string | null; readOnly: boolean; loaded: boolean }) {
  const { snapshot } = useSession();
  const entries = checkinTimeline(snapshot.records);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Check-ins</h2>
      {!loaded ? (
        <p className="muted" role="status">
          Opening your entries…
        </p>
      ) : entries.length === 0 ? (
        <p className="muted">Honesty grows in small, everyday moments. Your check-ins, and the ones your partner shares with you, will gather here.</p>
      ) : (
        entries.map((record) => (
          <CheckinCard
            key={record.id}
            record={record}
            meId={meId}
            partnerName={partnerName}
            reactions={reactionsTo(snapshot.records, record.id)}
            readOnly={readOnly}
          />
        ))
      )}
    </section>
  );
}
