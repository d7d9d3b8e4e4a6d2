/** Entry point: applies the link's settings, starts the worker, renders the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initI18n } from './i18n';
import { initStore } from './store';
import './styles/app.css';

initI18n(window.location.search);
initStore(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
