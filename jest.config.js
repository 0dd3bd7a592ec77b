// Two projects: "unit" (extraction, model, derivations, figures, publish stage, preview server; several read the built
// out/, and fail with a message when they are missing);
// "site" checks the built static site in out/ and drives Debian's Chromium through playwright-core.
// `npm test` builds first (pretest), so both run on what a user would get.
const nextJest = require("next/jest");
const createJestConfig = nextJest({ dir: "./" });

// .scratch/ holds copies of the project that a test builds (__tests__/pseudo-locale.test.ts): never crawled
const common = {
  testEnvironment: "node",
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.scratch/"],
};

module.exports = async () => {
  const unit = await createJestConfig({
    ...common,
    displayName: "unit",
    testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
  })();
  const site = await createJestConfig({ ...common, displayName: "site", testMatch: ["<rootDir>/e2e/**/*.test.ts"] })();
  return { projects: [unit, site], testTimeout: 60000 };
};
