// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** core/ is the pure domain: bytes and workbooks come in and go out through adapters. */
const corePurity = {
  patterns: [
    {
      group: [
        'electron',
        'electron/*',
        'react',
        'react/*',
        'react-dom',
        'react-dom/*',
        'dexie',
        'xlsx',
        'xlsx/*',
        'exceljs',
        'node:*',
        'fs',
        'fs/*',
        'worker_threads',
        'path',
        'os',
        'child_process',
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
        '**/cli/**',
      ],
      message: 'core/ 必须保持纯净：文件、工作簿、界面与平台只能通过适配层（main/、cli/、renderer/）接入。',
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'samples/', 'test-output/', 'bench-output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', corePurity],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'process',
          'require',
          'Buffer',
        ].map((name) => ({ name, message: 'core/ 不使用 DOM 或 Node 的全局对象。' })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', '**/main/**'],
              message: '界面只通过 preload 的 API 与主进程通信。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
