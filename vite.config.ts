import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the production build also works from a sub-folder or a file share in a workshop.
// bench.html is a second, separate entry used only by `npm run bench`; the app never loads it.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
});
