/**
 * The one manifest.json, shaped for one browser: Chrome runs the background as a service worker,
 * Firefox as background scripts with its gecko id. The version comes from package.json.
 */
export function manifestFor(source, browser, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (browser === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else if (browser === 'firefox') {
    manifest.background = { scripts: source.background.scripts };
  } else {
    throw new Error(`Unknown browser: ${browser}`);
  }
  return manifest;
}
