// Lint rules: TypeScript's recommended set, React hook rules for the client, and import cycles
// forbidden everywhere (layers only depend downwards: routes → services → neo4j).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const client = './client/src';
const features = readdirSync(`${client}/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The client's boundaries: a feature imports lib/, shared/ and its own folder, never another
 * feature nor the app shell; shared/ imports only lib/; lib/ imports nothing of the client's
 * above it. Only app/ composes features.
 */
const clientZones = [
  ...features.map((feature) => ({
    target: `${client}/features/${feature}`,
    from: `${client}/features`,
    except: [`./${feature}`],
    message:
      'A feature imports lib/, shared/ and its own folder; move what several need to lib/ or shared/.',
  })),
  {
    target: `${client}/features`,
    from: `${client}/app`,
    message: 'Features do not import the app shell; pass what they need in.',
  },
  {
    target: `${client}/shared`,
    from: [`${client}/features`, `${client}/app`],
    message: 'shared/ imports only lib/.',
  },
  {
    target: `${client}/lib`,
    from: [`${client}/features`, `${client}/app`, `${client}/shared`],
    message: 'lib/ is the bottom layer: it imports nothing of the client above it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.neo4j/',
      'tests/artifacts/',
      'bench/results/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: clientZones }],
      // Only type imports may cross from the client into the server (the API contract).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'The client may import server types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only server/neo4j/ talks to the driver.' }] },
      ],
    },
  },
  {
    // Tests read untyped JSON answers and the page's untyped Cytoscape instance, and assert
    // their shape rather than trusting a type.
    files: [
      'tests/browser/**/*.ts',
      'tests/integration/**/*.ts',
      'tests/security/**/*.ts',
      'tests/reliability/**/*.ts',
      'tests/support/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
