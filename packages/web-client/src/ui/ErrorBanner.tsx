import { describeError, type ErrorLine } from '../gateway-error';

/**
 * Shows what the gateway said went wrong: each GraphQL error's
 * `extensions.code` and message, so a user can quote the code to support.
 * Takes one error or a list (a screen's query, subscription and mutations),
 * so one failure does not hide another; repeated lines are shown once.
 */
export function ErrorBanner({ error }: { readonly error: unknown }) {
  const lines = linesOfAll(Array.isArray(error) ? error : [error]);
  if (lines.length === 0) return null;
  return (
    <div role="alert" className="error-banner">
      {lines.map((line) => (
        <p key={`${line.code} ${line.message}`}>
          <code>{line.code}</code> {line.message}
        </p>
      ))}
    </div>
  );
}

function linesOfAll(errors: readonly unknown[]): ErrorLine[] {
  const seen = new Map<string, ErrorLine>();
  for (const error of errors) {
    if (!error) continue;
    for (const line of describeError(error)) seen.set(`${line.code} ${line.message}`, line);
  }
  return [...seen.values()];
}
