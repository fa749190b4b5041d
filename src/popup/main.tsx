import { render } from 'preact';
import { App } from './App';
import './popup.css';

// `?tab=N` shows the popup for a given tab when it is opened as a page rather than from the toolbar.
const requested = Number(new URLSearchParams(location.search).get('tab'));
const tabId = Number.isInteger(requested) && requested > 0 ? requested : null;

render(<App tabId={tabId} />, document.getElementById('app')!);
