import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the production build also works from a sub-folder or a file share in a workshop.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
