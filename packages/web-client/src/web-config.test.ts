import { DEFAULT_GATEWAY_URL, gatewayUrlFrom } from './web-config';
import { webSocketUrlOf } from './gateway-url';

describe('gateway URLs', () => {
  it('defaults to the local gateway and takes the build-time URL otherwise', () => {
    expect(gatewayUrlFrom(undefined)).toBe(DEFAULT_GATEWAY_URL);
    expect(gatewayUrlFrom(' ')).toBe(DEFAULT_GATEWAY_URL);
    expect(gatewayUrlFrom('https://api.example.com/graphql')).toBe('https://api.example.com/graphql');
    expect(() => gatewayUrlFrom('not a url')).toThrow(/VITE_GATEWAY_URL/);
    expect(() => gatewayUrlFrom('/graphql')).toThrow(/VITE_GATEWAY_URL/);
  });

  it('takes a path relative to the page, for apps served from the gateway origin', () => {
    expect(gatewayUrlFrom('/graphql', 'https://telemed.example.com/doctor/#/appointments/1')).toBe(
      'https://telemed.example.com/graphql',
    );
  });

  it('subscribes on the same path over ws or wss', () => {
    expect(webSocketUrlOf('http://localhost:4000/graphql')).toBe('ws://localhost:4000/graphql');
    expect(webSocketUrlOf('https://api.example.com/graphql')).toBe('wss://api.example.com/graphql');
  });
});
