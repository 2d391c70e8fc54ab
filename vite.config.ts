import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The client lives in client/; its build lands in dist/client, which the Express app serves. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The workbench's Cypher parser (ANTLR-generated, in @neo4j-cypher) makes one ~720 kB chunk,
    // loaded only when the workbench opens, that cannot be split. Larger ones still warn.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite` during development: the API comes from a running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
