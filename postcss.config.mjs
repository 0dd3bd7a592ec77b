// Tailwind CSS 4 runs as a PostCSS plugin in the Next build.
export default { plugins: { "@tailwindcss/postcss": {} } };
