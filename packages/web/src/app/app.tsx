import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { LogInPage } from '../features/auth/log-in-page.tsx';
import { RecoverPage } from '../features/auth/recover-page.tsx';
import { RecoveryCodePage } from '../features/auth/recovery-code-page.tsx';
import { SignUpPage } from '../features/auth/sign-up-page.tsx';
import { UnlockPage } from '../features/auth/unlock-page.tsx';
import { WelcomePage } from '../features/auth/welcome-page.tsx';
import { TodayPage } from '../features/checkins/today-page.tsx';
import { InvitePage } from '../features/couple/invite-page.tsx';
import { JoinPage } from '../features/couple/join-page.tsx';
import { SpacePage } from '../features/couple/space-page.tsx';
import { StartSpacePage } from '../features/couple/start-space-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { RemindersPage } from '../features/reminders/reminders-page.tsx';
import { ServerCanSeePage } from '../features/transparency/server-can-see-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage, StartingPage } from './status-pages.tsx';
import { SessionProvider, useSession } from './session.tsx';

/**
 * Pages that need unlocked keys. A session without keys (after a reload) asks for the password; an
 * account whose recovery code is not yet confirmed can do nothing else first.
 */
function RequireAccount({ children, signedOut }: { children: ReactNode; signedOut?: ReactNode }) {
  const { snapshot } = useSession();
  if (snapshot.phase === 'starting') return <StartingPage />;
  if (snapshot.phase === 'signed-out') return signedOut ?? <Redirect to="/login" />;
  if (snapshot.phase === 'locked') return <UnlockPage />;
  if (!snapshot.user?.recoveryConfirmed) return <RecoveryCodePage />;
  return children;
}

/** The promise ledger carries the date rules for repeating promises: loaded only when opened. */
const PromisesPage = lazy(() => import('../features/promises/promises-page.tsx'));

function Home() {
  const { snapshot } = useSession();
  return <RequireAccount signedOut={<WelcomePage />}>{snapshot.couple ? <TodayPage /> : <StartSpacePage />}</RequireAccount>;
}

export function App() {
  return (
    <SessionProvider>
      <Layout>
        <Switch>
          <Route path="/">
            <Home />
          </Route>
          <Route path="/signup" component={SignUpPage} />
          <Route path="/login" component={LogInPage} />
          <Route path="/recover" component={RecoverPage} />
          <Route path="/privacy" component={ServerCanSeePage} />
          <Route path="/join/:inviteId" component={JoinPage} />
          <Route path="/start">
            <RequireAccount>
              <StartSpacePage />
            </RequireAccount>
          </Route>
          <Route path="/invite">
            <RequireAccount>
              <InvitePage />
            </RequireAccount>
          </Route>
          <Route path="/space">
            <RequireAccount>
              <SpacePage />
            </RequireAccount>
          </Route>
          <Route path="/promises">
            <RequireAccount>
              <Suspense fallback={<StartingPage />}>
                <PromisesPage />
              </Suspense>
            </RequireAccount>
          </Route>
          <Route path="/reminders">
            <RequireAccount>
              <RemindersPage />
            </RequireAccount>
          </Route>
          <Route path="/settings">
            <RequireAccount>
              <SettingsPage />
            </RequireAccount>
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Layout>
    </SessionProvider>
  );
}
