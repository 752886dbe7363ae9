import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { GraphQLUpload } from 'graphql-upload-minimal';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { StoredFileSchema } from './file/file.entity';
import { filePolicies } from './file/file.policy';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { Appointment } from './resolvers/Appointment';
import { File } from './resolvers/File';
import { Query } from './resolvers/Query';
import { Mutation } from './resolvers/Mutation';
import { seed } from './seed';
import { abandonedUploadSweeper } from './upload/abandoned-uploads';
import { fileRoutes } from './upload/file-routes';
import { fileSettings } from './upload/file-settings';

export const storage = defineSubgraph({
  name: 'storage',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Upload: GraphQLUpload, Query, Mutation, File, Appointment },
  entities: [StoredFileSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  policies: filePolicies,
  auditOutbox: true,
  events: { produces: ['storage.file_uploaded'] },
  routes: fileRoutes,
  workers: [abandonedUploadSweeper],
  // One file per request; one byte over the limit is let through so the blob store refuses it (busboy would only truncate).
  uploads: () => ({ maxFiles: 1, maxFileSize: fileSettings().maxFileBytes + 1 }),
});
