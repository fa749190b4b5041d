import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Extension pages (popup, reader, library) for one browser: `vite build --mode chrome|firefox`.
 * The background and content scripts are self-contained IIFE bundles built by scripts/build.mjs,
 * which also writes each browser's manifest and the Node extraction module.
 */
export default defineConfig(({ mode }) => {
  const target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    root: resolve(import.meta.dirname, 'src'),
    publicDir: resolve(import.meta.dirname, 'public'),
    base: './',
    build: {
      outDir: resolve(import.meta.dirname, 'dist', target),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: false,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          popup: resolve(import.meta.dirname, 'src/popup/index.html'),
          reader: resolve(import.meta.dirname, 'src/reader/index.html'),
          library: resolve(import.meta.dirname, 'src/library/index.html'),
        },
      },
    },
    test: {
      root: import.meta.dirname,
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      testTimeout: 20000,
    },
  };
});
