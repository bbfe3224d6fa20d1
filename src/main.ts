import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './i18n';
import { persistWhenInstalledFrom } from './actions/requestPersistentStorage';
import { installPrompt } from './pwa/installPrompt.svelte';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { library } from './state/libraryState.svelte';
import { scrollRestoration } from './state/scrollRestoration.svelte';
import './styles/app.css';

document.documentElement.lang = locale;
void library.start();
persistWhenInstalledFrom(window);
scrollRestoration.start();
installPrompt.listen(window);
void registerServiceWorker().catch(console.error);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
