/** Browser entry point: mounts the workbench. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadView } from './app/view-code.ts';
import { loadWorkbench } from './features/common/catalog-context.tsx';
import { parseHash } from './features/common/hash-route.ts';
import './styles.css';

// The first answer waits on the library, the view's code and the first render: start all three.
void loadWorkbench().catch(() => undefined); // the provider shows the error
void loadView(parseHash(window.location.hash).view).catch(() => undefined); // shown by the view

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
