/** The exploration layer's entry point (bundled by ./bundle.ts): makes the page's charts explorable. */
import { start } from "./client";

start();
