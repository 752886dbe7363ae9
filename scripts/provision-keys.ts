/**
 * Creates the keys a stack needs in one folder, as the devstack does for
 * `npm start`: identity's access-token key, one service-token key per service
 * and the public trust bundle. Used by docker-compose's `keys` service.
 *
 *   tsx scripts/provision-keys.ts <folder>
 */
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { provisionServiceKeys } from '@telemed/devstack/service-keys';
import { signingKeyFile } from '@telemed/devstack/stack';
import { subgraphNames } from '@telemed/topology/subgraphs';

const folder = process.argv[2];
if (!folder) throw new Error('usage: tsx scripts/provision-keys.ts <folder>');
provisionServiceKeys(folder, ['gateway', ...subgraphNames]);
loadSigningKeyFile(signingKeyFile(folder), { create: true });
console.log(`Keys ready in ${folder}`);
