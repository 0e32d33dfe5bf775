import { useSession } from '../../app/session.tsx';
import { messageOf } from '../../vault/vault-errors.ts';
import { partnerOf } from './members.ts';

function computeSafely(safetyCode: () => string | null): { code: string | null; problem: string | null } {
  try {
    return { code: safetyCode(), problem: null };
  } catch (error) {
    return { code: null, problem: messageOf(error) };
  }
}

/** The safety code, with a plain explanation of why and how to compare it in person. */
export function SafetyCodePanel() {
  const { vault, snapshot } = useSession();
  const partner = partnerOf(snapshot.couple, snapshot.user?.id);
  const { code, problem } = computeSafely(() => vault.safetyCode());

  return (
    <section className="card" aria-labelledby="safety-code-heading">
      <h2 id="safety-code-heading">Safety code</h2>
      {problem ? <p>{problem}</p> : null}
      {code ? (
        <>
          <p className="code code--large" data-testid="safety-code">
            {code}
          </p>
          <p>
            When you are together — in person, or on a call where you can hear each other — read this code aloud and compare it with the one on{' '}
            {partner?.displayName ?? 'your partner'}’s screen.
          </p>
          <p>
            If the numbers match, what you share is encrypted for the two of you and nobody in between. If they differ, please don’t share anything new
            for now, and talk to whoever runs your Mend server: a key may have been swapped.
          </p>
        </>
      ) : problem ? null : (
        <p className="muted">When your partner has joined, a short code will appear here for the two of you to compare in person.</p>
      )}
    </section>
  );
}
