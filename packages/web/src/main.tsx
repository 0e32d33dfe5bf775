import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as configureZod } from 'zod';
import { App } from './app/app.tsx';
import './ui/styles.css';

// The CSP forbids eval: tell zod not to probe for it (the probe alone reports a CSP violation).
configureZod({ jitless: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
