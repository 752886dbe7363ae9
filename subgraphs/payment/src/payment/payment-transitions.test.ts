import { ConflictError } from '@telemed/subgraph-kit/errors';
import { nextStatus } from './payment-transitions';

describe('payment transitions', () => {
  const id = '6f9619ff-8b86-d011-b42d-00c04fc964ff';

  it('captures, fails or cancels a pending payment, refunds a completed one', () => {
    expect(nextStatus(id, 'PENDING', 'capture')).toBe('COMPLETED');
    expect(nextStatus(id, 'PENDING', 'cancel')).toBe('CANCELLED');
    expect(nextStatus(id, 'PENDING', 'fail')).toBe('FAILED');
    expect(nextStatus(id, 'COMPLETED', 'refund')).toBe('REFUNDED');
  });

  it.each([
    ['COMPLETED', 'capture', 'only a PENDING payment can be captured'],
    ['REFUNDED', 'capture', 'only a PENDING payment can be captured'],
    ['FAILED', 'fail', 'only a PENDING payment can be marked as failed'],
    ['PENDING', 'refund', 'only a COMPLETED payment can be refunded'],
    ['REFUNDED', 'refund', 'only a COMPLETED payment can be refunded'],
    ['COMPLETED', 'cancel', 'only a PENDING payment can be cancelled'],
    ['CANCELLED', 'capture', 'only a PENDING payment can be captured'],
  ] as const)('refuses %s → %s with a CONFLICT', (status, action, message) => {
    expect(() => nextStatus(id, status, action)).toThrow(ConflictError);
    expect(() => nextStatus(id, status, action)).toThrow(`Payment ${id} is ${status}; ${message}`);
  });
});
