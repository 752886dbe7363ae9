/** The placeholder while a screen's first answer is on its way; a status, so screen readers say it. */
export function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}
