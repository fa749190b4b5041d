import browser from 'webextension-polyfill';
import { listStories } from '../platform/store';

// On install or update, read the saved list once: a damaged index is rebuilt from the stories
// before anyone opens the popup.
browser.runtime.onInstalled.addListener(() => {
  void listStories();
});
