import { Link } from 'wouter';
import { usePageTitle } from '../../app/use-page-title.ts';

export function WelcomePage() {
  usePageTitle('Welcome');
  return (
    <>
      <h1>A quiet place to rebuild trust</h1>
      <p className="lead">
        When trust has been broken, the way back is made of small, honest, everyday steps. Mend gives the two of you a private place to take them — at
        your own pace, with no deadlines and no scores.
      </p>
      <div className="card">
        <p>Everything you write is encrypted on your device before it is sent. The server keeps it, but cannot read it.</p>
        <div className="row">
          <Link href="/signup" className="button button--primary">
            Create an account
          </Link>
          <Link href="/login" className="button button--secondary">
            Log in
          </Link>
        </div>
      </div>
      <p className="muted">
        Curious about privacy? <Link href="/privacy">Read what the server can see</Link>.
      </p>
    </>
  );
}
