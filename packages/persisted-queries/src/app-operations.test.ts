import { buildSchema, parse } from 'graphql';
import { appOperationSources } from './app-operations';

const schema = buildSchema(`
  type Doctor { id: ID! name: String! }
  type Query { doctors: [Doctor!]! }
  type Mutation { rename(name: String!): Doctor! }
  type Subscription { doctorChanged: Doctor! }
`);

describe('app operations', () => {
  it('persists queries and mutations as Apollo Client sends them (with __typename), not subscriptions or fragments', () => {
    const sources = appOperationSources(
      {
        DoctorsDocument: parse('query Doctors { doctors { id name } }'),
        RenameDocument: parse('mutation Rename($name: String!) { rename(name: $name) { id } }'),
        ChangedDocument: parse('subscription Changed { doctorChanged { id } }'),
        DoctorFieldsFragmentDoc: parse('fragment DoctorFields on Doctor { id }'),
        notADocument: 42,
      },
      schema,
      'graphql.ts',
    );
    expect(sources.map((s) => s.name)).toEqual(['Doctors', 'Rename']);
    expect(sources[0]!.body).toBe('query Doctors {\n  doctors {\n    id\n    name\n    __typename\n  }\n}');
  });

  it('refuses operations with directives only Apollo Client understands', () => {
    expect(() => appOperationSources({ D: parse('query D { doctors { id name @client } }') }, schema, 'graphql.ts')).toThrow('@client');
  });
});
