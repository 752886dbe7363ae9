import { mountApp } from '@telemed/web-client/ui/AppRoot';
import { App } from './App';

mountApp({
  app: 'patient',
  role: 'PATIENT',
  title: 'Telemed · Patient',
  gatewayUrl: import.meta.env.VITE_GATEWAY_URL,
  screens: <App />,
});
