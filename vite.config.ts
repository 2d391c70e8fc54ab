import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The client lives in client/; its build lands in dist/client, which the Express app serves. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    // `npx vite` during development: the API comes from a running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
