import '@fontsource-variable/inter';
import '../shared/styles/tokens.css';
import '../shared/styles/app.css';
import '../shared/i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Placeholder } from '../shared/Placeholder.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('participant/index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Placeholder titleKey="participant.title" textKey="participant.comingSoon" />
  </StrictMode>,
);
