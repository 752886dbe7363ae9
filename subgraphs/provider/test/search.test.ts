import { as, call, demo, ok, operation, refusal } from '../../../test/clinical';
import { sqlQueryCount } from '../../../test/stack';

const SEARCH = operation('SearchDoctors');

interface Page {
  doctorSearch: {
    edges: { cursor: string; node: { id: string; name: string; specialty: string; averageRating: number | null; reviewCount: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const names = (page: Page) => page.doctorSearch.edges.map((e) => e.node.name);

describe('Query.doctorSearch', () => {
  it.each([
    ['specialty, any case', { specialty: 'cardiology' }, ['Dr. Amara Okafor']],
    ['language', { language: 'ES' }, ['Dr. Sofia Marquez']],
    ['clinic', { clinicId: demo.clinics[2]!.id }, ['Dr. Elena Petrova', 'Dr. Priya Raman']],
    ['free text in the bio', { text: 'pediatrics online' }, ['Dr. Kenji Watanabe']],
    ['free text in the name', { text: 'raman' }, ['Dr. Priya Raman']],
    ['free text that is no pattern', { text: '%' }, []],
    ['several criteria', { language: 'en', text: 'dr' }, demo.doctors.map((d) => d.name).sort()],
  ])('filters by %s', async (_, filter, expected) => {
    expect(names(await ok<Page>(SEARCH, { filter }))).toEqual(expected);
  });

  it('pages through a Relay connection with cursors', async () => {
    const first = await ok<Page>(SEARCH, { first: 4 });
    expect(first.doctorSearch.pageInfo).toMatchObject({ hasNextPage: true, endCursor: first.doctorSearch.edges[3]!.cursor });
    const second = await ok<Page>(SEARCH, { first: 4, after: first.doctorSearch.pageInfo.endCursor });
    expect(second.doctorSearch.pageInfo.hasNextPage).toBe(false);
    expect([...names(first), ...names(second)]).toEqual(demo.doctors.map((d) => d.name).sort());
  });

  it('refuses a malformed filter with BAD_USER_INPUT naming the field', async () => {
    expect(refusal(await call(SEARCH, { filter: { language: 'english' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.language' });
    expect(refusal(await call(SEARCH, { filter: { clinicId: 'x' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.clinicId' });
    expect(refusal(await call(SEARCH, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rates a page of doctors with one query on reviews', async () => {
    const before = await sqlQueryCount('provider', 'review');
    const page = await ok<Page>(SEARCH, { first: 10 }, as.patient(1));
    expect(await sqlQueryCount('provider', 'review')).toBe(before + 1);
    for (const { node } of page.doctorSearch.edges) {
      const reviews = demo.reviews.filter((r) => r.doctorId === node.id);
      expect(node.reviewCount).toBeGreaterThanOrEqual(reviews.length);
      expect(node.averageRating).toBeGreaterThanOrEqual(1);
      expect(node.averageRating).toBeLessThanOrEqual(5);
    }
  });
});
