// First: the tokens, primitives and reset come before every feature's own styles.
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { SessionGate } from './features/session/session-gate.tsx';
import { createServerStateClient } from './lib/server-state.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createServerStateClient()}>
      <SessionGate>
        <App />
      </SessionGate>
    </QueryClientProvider>
  </StrictMode>,
);
