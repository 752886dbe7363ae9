// A relative path, not the package name: Vite bundles a config's relative imports but
// leaves packages to Node, which cannot load the package's .ts files.
import { cspPlugin } from '../../packages/web-client/src/csp-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

// The gateway URL comes from VITE_GATEWAY_URL (see packages/web-client/src/web-config.ts);
// the built page's Content-Security-Policy allows calls to it and nowhere else.
export default defineConfig(({ mode }) => ({
  plugins: [react(), cspPlugin(loadEnv(mode, process.cwd(), 'VITE_').VITE_GATEWAY_URL)],
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
}));
