import { describeError } from './gateway-error';
import { putFile } from './file-upload';

function fakeFetch(response: Response) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return response;
  }) as typeof fetch;
  return { impl, calls };
}

describe('putFile', () => {
  it('PUTs the bytes with the declared content type and no credentials', async () => {
    const { impl, calls } = fakeFetch(new Response('{}', { status: 201 }));
    await putFile('http://gw/files/t', new Blob(['%PDF']), 'application/pdf', impl);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init?.method).toBe('PUT');
    expect(calls[0]!.init?.headers).toEqual({ 'content-type': 'application/pdf' });
  });

  it("turns a refusal into the gateway's code", async () => {
    const body = JSON.stringify({
      errors: [{ message: 'Wrong type', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });
    const { impl } = fakeFetch(new Response(body, { status: 415 }));
    const failure = await putFile('http://gw/files/t', new Blob(['x']), 'text/plain', impl).catch(
      (e: unknown) => e,
    );
    expect(describeError(failure)).toEqual([{ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Wrong type' }]);
  });

  it('falls back to the HTTP status when the body is not the gateway JSON', async () => {
    const { impl } = fakeFetch(new Response('<html>', { status: 502 }));
    const failure = await putFile('http://gw/files/t', new Blob(['x']), 'text/plain', impl).catch(
      (e: unknown) => e,
    );
    expect(describeError(failure)[0]?.code).toBe('HTTP_502');
  });
});
