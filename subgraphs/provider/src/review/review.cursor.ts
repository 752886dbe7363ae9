import { encodeCursor } from '@telemed/subgraph-kit/arguments';
import type { Review } from './review.entity';

/** Reviews page newest first by `(createdAt, id)`. */
export function reviewCursor(review: Review): string {
  return encodeCursor(review.createdAt.toISOString(), review.id);
}
