import { resolve } from 'node:path';
import { repoRoot } from '@telemed/devstack/repo-root';

/** The supergraph every gateway of the benchmark serves. */
export function supergraphPath(): string {
  return process.env.SUPERGRAPH_PATH ?? resolve(repoRoot, 'schema/supergraph.graphql');
}

/** Exits when the benchmark that spawned this server goes away (IPC disconnect) or asks it to stop. */
export function exitWithParent(): void {
  const exit = () => process.exit(0);
  process.once('disconnect', exit);
  process.once('SIGTERM', exit);
  process.once('SIGINT', exit);
}
