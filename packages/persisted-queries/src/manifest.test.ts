import { createHash } from 'node:crypto';
import { buildSchema, parse } from 'graphql';
import { createManifest, operationId, parseManifest, serializeManifest } from './manifest';
import { operationSourceOf } from './operation-source';

const schema = buildSchema('type Query { doctors(first: Int): [String!]! clinics: [String!]! }');

describe('persisted-query manifests', () => {
  it('gives each operation the SHA-256 of its body as id, sorted by name, in Apollo’s format', () => {
    const manifest = createManifest([
      { name: 'Doctors', type: 'query', body: 'query Doctors { doctors }' },
      { name: 'Clinics', type: 'query', body: 'query Clinics { clinics }' },
    ]);
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.map((o) => o.name)).toEqual(['Clinics', 'Doctors']);
    expect(manifest.operations[1]!.id).toBe(createHash('sha256').update('query Doctors { doctors }').digest('hex'));
  });

  it('refuses two different operations under one name', () => {
    expect(() =>
      createManifest([
        { name: 'Doctors', type: 'query', body: 'query Doctors { doctors }' },
        { name: 'Doctors', type: 'query', body: 'query Doctors { clinics }' },
      ]),
    ).toThrow('Two different operations are named Doctors');
  });

  it('reads back what it writes, and refuses an id that does not hash its body', () => {
    const manifest = createManifest([{ name: 'Clinics', type: 'query', body: 'query Clinics { clinics }' }]);
    expect(parseManifest(JSON.parse(serializeManifest(manifest)), 'm.json')).toEqual(manifest);
    const tampered = { ...manifest, operations: [{ ...manifest.operations[0]!, body: 'query Clinics { doctors }' }] };
    expect(() => parseManifest(tampered, 'm.json')).toThrow('m.json is not a valid persisted query manifest: operation Clinics: id is not the SHA-256 of its body');
    expect(() => parseManifest({ format: 'other', version: 1, operations: [] }, 'm.json')).toThrow('format');
  });

  it('takes one named, valid operation per document', () => {
    const source = operationSourceOf(parse('query Doctors($n: Int) { doctors(first: $n) }'), schema, 'Doctors.graphql');
    expect(source).toEqual({ name: 'Doctors', type: 'query', body: 'query Doctors($n: Int) {\n  doctors(first: $n)\n}' });
    expect(operationId(source.body)).toHaveLength(64);
    expect(() => operationSourceOf(parse('{ doctors }'), schema, 'x')).toThrow('needs a name');
    expect(() => operationSourceOf(parse('query A { doctors } query B { clinics }'), schema, 'x')).toThrow('exactly one operation');
    expect(() => operationSourceOf(parse('query A { patients }'), schema, 'x')).toThrow('not valid against schema/api.graphql');
  });
});
