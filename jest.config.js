// Two projects: "unit" (data module, CSV parsing, derivations, image/export code) needs nothing built;
// "site" checks the built static site in out/ and drives Debian's Chromium through playwright-core.
// `npm test` builds first (pretest), so both run on what a user would get.
const nextJest = require("next/jest");
const createJestConfig = nextJest({ dir: "./" });

const common = { testEnvironment: "node", moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"] };

module.exports = async () => {
  const unit = await createJestConfig({
    ...common,
    displayName: "unit",
    testMatch: ["<rootDir>/__tests__/**/*.test.ts?(x)"],
  })();
  const site = await createJestConfig({ ...common, displayName: "site", testMatch: ["<rootDir>/e2e/**/*.test.ts"] })();
  return { projects: [unit, site], testTimeout: 60000 };
};
