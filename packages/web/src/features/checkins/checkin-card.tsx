import { useId } from 'react';
import { formatDay } from '../../ui/format.ts';
import type { CheckinRecord, ReactionRecord } from '../../vault/record-types.ts';
import { checkinDay } from './checkin-selectors.ts';
import { MOOD_LABELS, NEED_LABELS, REACTION_LABELS, TRUTH_PROMPT_LABELS } from './checkin-labels.ts';
import { ReactionBar } from './reaction-bar.tsx';

const UNVERIFIED =
  'This entry could not be verified: it could not be decrypted, or it was changed after it was written. Mend does not show content it cannot trust.';

function ReceivedReactions({ reactions, partnerName }: { reactions: ReactionRecord[]; partnerName: string }) {
  if (reactions.length === 0) return null;
  return (
    <ul className="list-plain entry__reactions" aria-label="Responses">
      {reactions.map((r) =>
        r.verified && r.content ? (
          <li key={r.id}>
            <span aria-hidden="true">{REACTION_LABELS[r.content.reaction].emoji} </span>
            {partnerName} responded: {REACTION_LABELS[r.content.reaction].label}
            {r.content.note ? <> — “{r.content.note}”</> : null}
          </li>
        ) : (
          <li key={r.id} className="muted">
            A response could not be verified, so it is not shown.
          </li>
        ),
      )}
    </ul>
  );
}

/** One check-in on the timeline: its day, who wrote it, what they wrote, who can see it, and responses. */
export function CheckinCard({ record, meId, partnerName, reactions, readOnly }: {
  record: CheckinRecord;
  meId: string;
  partnerName: string | null;
  reactions: ReactionRecord[];
  readOnly: boolean;
}) {
  const headingId = useId();
  const mine = record.authorId === meId;
  const author = mine ? 'You' : (partnerName ?? 'Your partner');
  const day = formatDay(checkinDay(record));
  const content = record.verified ? record.content : null;
  const partnerLabel = partnerName ?? 'your partner';

  return (
    <article className="card entry" aria-labelledby={headingId}>
      <div className="entry__head">
        <h3 id={headingId}>
          {author} · {day}
        </h3>
        {mine ? <span className="badge">{record.visibility === 'partner' ? `Shared with ${partnerLabel}` : 'Only you'}</span> : null}
      </div>
      {content ? (
        <>
          <p>
            <span className="entry__mood">{MOOD_LABELS[content.mood]}</span>
            {content.need ? <> · {NEED_LABELS[content.need]}</> : null}
          </p>
          {content.smallTruths.length > 0 ? (
            <ul className="entry__truths">
              {content.smallTruths.map((truth, index) => (
                <li key={index}>
                  <span className="muted">{TRUTH_PROMPT_LABELS[truth.prompt]}</span> {truth.text}
                </li>
              ))}
            </ul>
          ) : null}
          {content.note ? <p className="entry__note">{content.note}</p> : null}
        </>
      ) : (
        <p className="muted">{UNVERIFIED}</p>
      )}
      {mine ? (
        <ReceivedReactions reactions={reactions.filter((r) => r.authorId !== meId)} partnerName={partnerLabel} />
      ) : content ? (
        <div className="entry__reactions">
          <ReactionBar
            targetId={record.id}
            mine={reactions.find((r) => r.authorId === meId) ?? null}
            partnerName={partnerName ?? 'your partner'}
            readOnly={readOnly}
          />
        </div>
      ) : null}
    </article>
  );
}
