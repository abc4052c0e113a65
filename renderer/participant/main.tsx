import '../shared/styles/tokens.css';
import './phone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { phoneI18n } from './i18n.ts';

// No web font here: a phone on the venue Wi-Fi should not wait for one; its system font reads well.
const root = document.getElementById('root');
if (!root) throw new Error('participant/index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={phoneI18n.i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
