import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { QuickExitButton } from './quick-exit.tsx';
import { useSession } from './session.tsx';
import { useReminders } from '../features/reminders/use-reminders.ts';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  return (
    <Link href={href} aria-current={location === href ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Shown only when something is waiting: a count, never a red badge or a sound. */
function RemindersLink() {
  const { unread } = useReminders();
  if (unread === 0) return null;
  return (
    <Link href="/reminders" className="reminders-link">
      {unread === 1 ? '1 reminder' : `${unread} reminders`}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { snapshot } = useSession();
  const signedIn = snapshot.phase === 'unlocked' && snapshot.user?.recoveryConfirmed === true;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        <Link href="/" className="header__brand">
          <img src="/icon.svg" alt="" />
          Mend
        </Link>
        {signedIn ? (
          <nav className="nav" aria-label="Main">
            <NavLink href="/">Today</NavLink>
            <NavLink href="/promises">Promises</NavLink>
            <NavLink href="/space">Our space</NavLink>
            <NavLink href="/settings">Settings</NavLink>
          </nav>
        ) : null}
        {signedIn ? <RemindersLink /> : null}
        <QuickExitButton />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <Link href="/privacy">What the server can see</Link>
      </footer>
    </div>
  );
}
