import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickUiLanguage } from '../../shared/languages';
import { api } from './api';
import { App } from './App';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  const [info, settings] = await Promise.all([api.app.getInfo(), api.settings.get()]);
  await initI18n(settings.language ?? pickUiLanguage(info.preferredLanguages));
  const root = document.getElementById('root');
  if (root === null) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App info={info} initialSettings={settings} />
    </StrictMode>,
  );
}

void boot();
