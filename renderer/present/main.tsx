import '@fontsource-variable/inter';
import '../shared/styles/tokens.css';
import './present.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { presentI18n } from './i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('present/index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={presentI18n.i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
