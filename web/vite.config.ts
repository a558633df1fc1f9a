import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Dev mode (`npm run dev`): the API is the suite's gateway (./suite up), so the browser sees one origin as in
// production. JOBMATCH_URL points elsewhere (e.g. a suite started with SUITE_PORT_OFFSET).
const gateway = process.env.JOBMATCH_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': gateway, '/.well-known': gateway },
  },
  build: { target: 'es2020', sourcemap: false, chunkSizeWarningLimit: 250 },
});
