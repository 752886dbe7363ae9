import { GatewayError, linesOf, type GraphQLErrorBody } from './gateway-error';

/**
 * Sends a file's bytes to the upload link `requestFileUpload` issued (the
 * gateway's `/files/<token>`). The token in the URL is the credential, so no
 * Authorization header; the `content-type` must be exactly the declared one
 * (storage answers 415 otherwise). A refusal becomes a GatewayError with the
 * gateway's code, so the ErrorBanner shows it like any other failure.
 */
export async function putFile(
  uploadUrl: string,
  body: Blob,
  contentType: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const response = await fetchImpl(uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body,
  });
  if (response.ok) return;
  const text = await response.text().catch(() => '');
  throw new GatewayError(refusalLines(response.status, text));
}

function refusalLines(status: number, text: string) {
  try {
    const parsed = JSON.parse(text) as { errors?: GraphQLErrorBody[] };
    if (Array.isArray(parsed.errors) && parsed.errors.length) return linesOf(parsed.errors);
  } catch {
    // Not the gateway's JSON (a proxy's page, say): the status is all there is.
  }
  return [{ code: `HTTP_${status}`, message: 'The upload was refused' }];
}
