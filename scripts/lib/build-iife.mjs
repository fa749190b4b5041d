// A self-contained classic script (IIFE): what scripting.executeScript injects and what the bench
// loads into a page. Shared by the extension build and the browser timing pass.
import { build } from 'vite';

export async function buildIife({ entry, outDir, fileName, name, minify = false, sourcemap = false, emptyOutDir = false, target }) {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir,
      ...(target ? { target } : {}),
      minify,
      sourcemap,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });
}
