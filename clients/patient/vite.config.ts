import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway URL comes from VITE_GATEWAY_URL (see packages/web-client/src/web-config.ts).
export default defineConfig({
  plugins: [react()],
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
});
