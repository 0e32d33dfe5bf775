import { usePageTitle } from '../../app/use-page-title.ts';
import { UnlockForm } from './unlock-form.tsx';

export function UnlockPage() {
  usePageTitle('Unlock');
  return (
    <>
      <h1>Unlock your space</h1>
      <UnlockForm />
    </>
  );
}
