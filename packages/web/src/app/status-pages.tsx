import { Link } from 'wouter';
import { usePageTitle } from './use-page-title.ts';

export function StartingPage() {
  return (
    <>
      <h1 className="visually-hidden">Mend</h1>
      <p className="muted" role="status">
        Opening Mend…
      </p>
    </>
  );
}

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>This page doesn’t exist</h1>
      <p>
        Nothing is lost. <Link href="/">Go back to the start</Link>.
      </p>
    </>
  );
}
