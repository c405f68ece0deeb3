import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: app → features → components, lib, api. mocks/ sees only the contract (src/api).
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: 'Imports flow app → features → components, lib, api (GUIDE §2).' }] }],
});
const upward = ['@/app/*', '**/app/*'];
const features = ['@/features/*', '**/features/*'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'test-results*', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Nothing user-supplied is rendered as HTML.' }],
    },
  },
  { files: ['src/features/**'], rules: restrict(...upward) },
  { files: ['src/features/vault-connections/**'], rules: restrict(...upward, '**/features/database-logins/**') },
  { files: ['src/features/database-logins/**'], rules: restrict(...upward, '**/features/vault-connections/**') },
  { files: ['src/components/**', 'src/lib/**'], rules: restrict(...upward, ...features, '**/mocks/**') },
  { files: ['src/api/**'], rules: restrict(...upward, ...features, '@/components/*', '@/lib/*', '**/mocks/**') },
  { files: ['mocks/**'], rules: restrict('@/app/*', '@/features/*', '@/components/*', '@/lib/*', '../src/*') },
  // Tests may reach the mock server they run against.
  { files: ['src/**/*.test.{ts,tsx}', 'src/test/**'], rules: { 'no-restricted-imports': 'off' } },
);
