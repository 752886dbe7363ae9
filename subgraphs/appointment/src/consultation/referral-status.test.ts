import { ConflictError } from '@telemed/subgraph-kit/errors';
import { assertReferralMove } from './referral-status';

describe('referral status', () => {
  it('moves a referral on', () => {
    expect(() => assertReferralMove('PENDING', 'ACCEPTED')).not.toThrow();
    expect(() => assertReferralMove('PENDING', 'DECLINED')).not.toThrow();
    expect(() => assertReferralMove('ACCEPTED', 'COMPLETED')).not.toThrow();
    expect(() => assertReferralMove('ACCEPTED', 'CANCELLED')).not.toThrow();
  });

  it('refuses moves that skip or reverse a step, with CONFLICT', () => {
    expect(() => assertReferralMove('PENDING', 'COMPLETED')).toThrow(ConflictError);
    expect(() => assertReferralMove('DECLINED', 'ACCEPTED')).toThrow('A DECLINED referral cannot become ACCEPTED: it is final');
    expect(() => assertReferralMove('ACCEPTED', 'PENDING')).toThrow('only to COMPLETED, CANCELLED');
  });
});
