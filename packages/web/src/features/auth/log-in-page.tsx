import { Link, Redirect, useLocation } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { LogInForm } from './log-in-form.tsx';

export function LogInPage() {
  usePageTitle('Log in');
  const { snapshot } = useSession();
  const [, navigate] = useLocation();
  if (snapshot.phase === 'unlocked') return <Redirect to="/" />;
  return (
    <>
      <h1>Welcome back</h1>
      <p className="lead">Take your time. Your words are waiting, just as you left them.</p>
      <LogInForm onDone={() => navigate('/')} />
      <p className="muted">
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </>
  );
}
