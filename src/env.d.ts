/** Set by vite.config.ts / scripts/build.mjs: which browser this bundle is for. */
declare const __BROWSER__: 'chrome' | 'firefox';
