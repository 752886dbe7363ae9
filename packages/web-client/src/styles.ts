/**
 * The apps' whole stylesheet, rendered by `Layout`. A string rather than a
 * CSS file so the package needs no bundler support to be imported (tests, tsc).
 */
export const STYLES = `
  :root { font-family: system-ui, sans-serif; color: #1d2733; background: #f4f6f9; }
  body { margin: 0; }
  .app-header { display: flex; justify-content: space-between; align-items: center; padding: 0.75rem 1.5rem; background: #18435a; color: white; }
  .app-header a { color: white; text-decoration: none; font-weight: 600; }
  .app-user { display: flex; gap: 0.75rem; align-items: center; }
  .app-main { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; display: grid; gap: 1rem; }
  .card { background: white; border-radius: 8px; padding: 1rem 1.25rem; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
  .login-form { max-width: 22rem; margin: 3rem auto; display: grid; gap: 0.75rem; }
  label { display: grid; gap: 0.25rem; font-size: 0.9rem; }
  input, textarea, select { font: inherit; padding: 0.4rem; border: 1px solid #b8c2cc; border-radius: 4px; }
  button { font: inherit; padding: 0.4rem 0.9rem; border: 0; border-radius: 4px; background: #1f6f8b; color: white; cursor: pointer; }
  button:disabled { opacity: 0.6; cursor: default; }
  .error-banner { background: #fdecea; border: 1px solid #f5c2c0; color: #7a1c17; border-radius: 4px; padding: 0.25rem 0.75rem; }
  .error-banner code { font-weight: 700; }
  .badge { font-size: 0.75rem; padding: 0.1rem 0.5rem; border-radius: 999px; background: #6c7a89; }
  .badge.live { background: #2e9e5b; }
  .badge.unread { background: #c0392b; color: white; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 0.4rem; border-bottom: 1px solid #e3e8ee; }
  .grid-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.75rem; align-items: end; }
  .muted { color: #6c7a89; }
`;
