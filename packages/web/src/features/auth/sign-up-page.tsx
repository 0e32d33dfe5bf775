import { Link, Redirect, useLocation } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { SignUpForm } from './sign-up-form.tsx';

export function SignUpPage() {
  usePageTitle('Create your account');
  const { snapshot } = useSession();
  const [, navigate] = useLocation();
  if (snapshot.phase === 'unlocked') return <Redirect to="/" />;
  return (
    <>
      <h1>Create your account</h1>
      <p className="lead">A private place for the two of you. You can start alone and invite your partner when you are ready.</p>
      <SignUpForm onDone={() => navigate('/')} />
      <p className="muted">
        Already have an account? <Link href="/login">Log in</Link>
      </p>
    </>
  );
}
