import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { startTestSubgraph, type TestSubgraph, type TestSubgraphDefinition } from './test-subgraph';

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

interface DoctorRef {
  readonly id: string;
}

const doctors: Record<string, { id: string; name: string }> = {
  '1': { id: '1', name: 'Dr. Ada Okafor' },
  '2': { id: '2', name: 'Dr. Ben Lindqvist' },
};

/** Owns Doctor; `licence` fails the way a broken dependency would. */
export const provider: TestSubgraphDefinition = {
  name: 'provider',
  typeDefs: `${link}
    type Query {
      doctor(id: ID!): Doctor
      doctors(limit: Int!): [Doctor!]!
    }
    type Doctor @key(fields: "id") {
      id: ID!
      name: String!
      licence: String
    }`,
  resolvers: {
    Query: {
      doctor: (_: unknown, { id }: { id: string }) => doctors[id] ?? null,
      doctors: (_: unknown, { limit }: { limit: number }) => Object.values(doctors).slice(0, limit),
    },
    Doctor: {
      __resolveReference: (ref: DoctorRef) => doctors[ref.id] ?? null,
      licence: () => {
        throw new Error('licence registry at 10.1.2.3:5432 refused the connection');
      },
    },
  },
};

/** Contributes Doctor.appointments. */
export const appointment: TestSubgraphDefinition = {
  name: 'appointment',
  typeDefs: `${link}
    type Doctor @key(fields: "id") {
      id: ID!
      appointments: [Appointment!]!
    }
    type Appointment {
      id: ID!
      startsAt: String!
    }`,
  resolvers: {
    Doctor: {
      appointments: (doctor: DoctorRef) => [{ id: `a-${doctor.id}`, startsAt: '2030-01-01T09:00:00Z' }],
    },
  },
};

/** Contributes a nullable Doctor.files, so losing storage leaves the rest of a doctor intact. */
export const storage: TestSubgraphDefinition = {
  name: 'storage',
  typeDefs: `${link}
    type Doctor @key(fields: "id") {
      id: ID!
      files: [File!]
    }
    type File {
      id: ID!
      name: String!
    }`,
  resolvers: {
    Doctor: {
      files: (doctor: DoctorRef) => [{ id: `f-${doctor.id}`, name: 'cv.pdf' }],
    },
  },
};

/** Not in the platform's topology: the gateway must route it by the supergraph's URL. */
export const ratings: TestSubgraphDefinition = {
  name: 'ratings',
  typeDefs: `${link}
    type Doctor @key(fields: "id") {
      id: ID!
      rating: Float
    }`,
  resolvers: {
    Doctor: { rating: () => 4.5 },
  },
};

export interface TestSubgraphs {
  readonly provider: TestSubgraph;
  readonly appointment: TestSubgraph;
  readonly storage: TestSubgraph;
  readonly ratings: TestSubgraph;
  /** Supergraph whose routing URLs are wrong for topology subgraphs, so only env overrides reach them. */
  readonly supergraphSdl: string;
  /** `SUBGRAPH_<NAME>_URL` for the subgraphs the topology knows. */
  readonly env: NodeJS.ProcessEnv;
  stopAll(): Promise<void>;
}

export async function startTestSubgraphs(): Promise<TestSubgraphs> {
  const [p, a, s, r] = await Promise.all([provider, appointment, storage, ratings].map(startTestSubgraph));
  if (!p || !a || !s || !r) throw new Error('a test subgraph failed to start');
  const composed = composeServices(
    [p, a, s, r].map((subgraph) => ({
      name: subgraph.name,
      typeDefs: parse(subgraph.typeDefs),
      url: subgraph.name === 'ratings' ? subgraph.url : 'http://127.0.0.1:9/unreachable',
    })),
  );
  if (composed.errors)
    throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  return {
    provider: p,
    appointment: a,
    storage: s,
    ratings: r,
    supergraphSdl: composed.supergraphSdl,
    env: {
      SUBGRAPH_PROVIDER_URL: p.url,
      SUBGRAPH_APPOINTMENT_URL: a.url,
      SUBGRAPH_STORAGE_URL: s.url,
    },
    stopAll: async () => {
      await Promise.all([p, a, s, r].map((subgraph) => subgraph.stop()));
    },
  };
}
