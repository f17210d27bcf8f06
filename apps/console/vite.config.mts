/**
 * The console's build (issue #20). `npm run console:build` writes apps/console/dist, which `npm start` serves on one origin
 * with the services behind /api/<service>/ (server/console-server.ts). `npm run console:dev` runs Vite's dev server
 * with hot reload and sends /api and /auth to that console server (CONSOLE_URL, default http://127.0.0.1:3000).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const consoleServer = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: path.dirname(fileURLToPath(import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget (scripts/budget.ts) counts what the first page loads; each area is its own chunk.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: consoleServer, changeOrigin: false },
      '/auth/dev': { target: consoleServer },
      '/config.json': { target: consoleServer },
    },
  },
});
