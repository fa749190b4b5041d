// ESLint flat config: typescript-eslint (recommended, plus the type-aware rules that catch real
// bugs with promises), no-unsanitized for HTML sinks, and the module boundaries from the README.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const polyfillOnlyInPlatform = {
  name: 'webextension-polyfill',
  allowTypeImports: true,
  message: 'Only src/platform/ calls the extension API. Take data and callbacks as props or parameters instead.',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'artifacts/**', 'coverage/**', 'scripts/bench/_*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use webextension-polyfill through src/platform/.' }],
      // Stripping control characters from untrusted text is deliberate here.
      'no-control-regex': 'off',
    },
  },
  // Type-aware rules on the TypeScript sources: unhandled promises are the classic extension bug.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  // Module boundaries.
  {
    files: ['src/core/**/*.{ts,tsx}', 'src/node/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [polyfillOnlyInPlatform],
          patterns: [{ group: ['**/platform/*', '**/ui/*', '**/popup/*', '**/reader/*', '**/library/*', '**/background/*', '**/content/*'], message: 'core/ is pure: it imports nothing from the rest of src/.' }],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [polyfillOnlyInPlatform],
          patterns: [{ group: ['**/platform/*'], allowTypeImports: true, message: 'Shared components take data and callbacks as props; types only from platform/.' }],
        },
      ],
    },
  },
  {
    files: ['src/{popup,reader,library,background,content}/**/*.{ts,tsx}'],
    ignores: ['src/**/main.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [polyfillOnlyInPlatform] }] },
  },
  // Node: build scripts, browser tests, config.
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/e2e/**/*.mjs', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    // Node code has no DOM sinks; its dynamic import() of local build output is not a page risk.
    rules: { 'no-unsanitized/method': 'off', 'no-unsanitized/property': 'off' },
  },
  {
    // Browser tests and tools evaluate functions inside extension pages, where `browser` and `chrome` exist.
    files: ['tests/e2e/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, browser: 'readonly', chrome: 'readonly', axe: 'readonly' } },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Tests build hostile DOM on purpose and stub async browser APIs.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      'no-unsanitized/property': 'off',
      'no-unsanitized/method': 'off',
    },
  },
);
