import { mountApp } from '@telemed/web-client/ui/AppRoot';
import { App } from './App';

mountApp({
  app: 'doctor',
  role: 'DOCTOR',
  title: 'Telemed · Doctor',
  gatewayUrl: import.meta.env.VITE_GATEWAY_URL,
  screens: <App />,
});
