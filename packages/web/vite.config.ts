import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The server sends a strict CSP (no inline scripts or styles), so nothing may be inlined: assets are
 * always separate files. In development, /api goes to the Mend server on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
