import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './i18n';
import { corpusState } from './state/corpusState.svelte';
import './styles/app.css';

document.documentElement.lang = locale;
void corpusState.load();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
