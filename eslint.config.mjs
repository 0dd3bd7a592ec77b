// Lint rules that keep the layout honest: TypeScript's recommended checks, no import cycles, and the stage order
// extract → model → derive → figures → publish (a stage never imports a later one; lib/ never imports components/
// or app/; unit tests and the bench never import the browser tests' helpers). Formatting is prettier's job.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const stage = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: ["node_modules/", ".next/", "out/", "next-env.d.ts", "e2e/artifacts/", ".scratch/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            stage("./lib", "./components", "lib/ must not import components/: move the shared code into lib/."),
            stage("./lib", "./app", "lib/ must not import app/."),
            stage(
              "./lib/extract",
              ["./lib/derive", "./lib/figures", "./lib/publish"],
              "extract runs before derive, figures and publish.",
            ),
            stage(
              "./lib/model",
              ["./lib/extract", "./lib/derive", "./lib/figures", "./lib/publish"],
              "model must not import a later stage.",
            ),
            stage(
              "./lib/derive",
              ["./lib/extract", "./lib/figures", "./lib/publish"],
              "derive must not import a later stage.",
            ),
            stage("./lib/figures", ["./lib/extract", "./lib/publish"], "figures must not import publish or extract."),
            stage(
              ["./__tests__", "./bench", "./lib", "./scripts"],
              "./e2e",
              "only the browser tests import e2e/; shared helpers live in test-support/.",
            ),
            stage(
              "./app",
              ["./lib/extract", "./lib/model", "./lib/derive"],
              "pages compose page data (lib/publish/page-data.ts), they hold no data logic.",
            ),
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
