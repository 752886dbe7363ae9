import { describeError } from '../gateway-error';

/**
 * Shows what the gateway said went wrong: each GraphQL error's
 * `extensions.code` and message, so a user can quote the code to support.
 */
export function ErrorBanner({ error }: { readonly error: unknown }) {
  if (!error) return null;
  return (
    <div role="alert" className="error-banner">
      {describeError(error).map((line, i) => (
        <p key={i}>
          <code>{line.code}</code> {line.message}
        </p>
      ))}
    </div>
  );
}
