/**
 * Imported first by scripts/build.ts, before anything loads React: the build renders the static charts and the
 * exploration layer's mark boxes with react-dom/server, whose development build (chosen when NODE_ENV is unset) is
 * several times slower and renders the same markup. next build sets the same value in its own process.
 */
// (Object.assign: Next's typings make process.env.NODE_ENV read-only)
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
