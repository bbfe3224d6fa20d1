import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './i18n';
import { library } from './state/libraryState.svelte';
import './styles/app.css';

document.documentElement.lang = locale;
void library.start();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
