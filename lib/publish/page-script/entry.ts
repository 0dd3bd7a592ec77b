/** The page script's entry point (bundled by ./bundle.ts): starts the page's plain-DOM behaviour. */
import { start } from "./behaviour";

start();
