"use client";
/**
 * Copies `text` to the clipboard; falls back to selecting the element `target` (the visible code or text) and
 * execCommand.
 */
import { useState } from "react";

export function CopyButton({
  text,
  target,
  label,
  copied = "Copied",
  fallback = "Select and copy the text above",
}: {
  text: string;
  target: string;
  label: string;
  /** what the status says after copying, and when the browser would not copy (in the page's language) */
  copied?: string;
  fallback?: string;
}) {
  const [state, setState] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState(copied);
    } catch {
      const el = document.getElementById(target);
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.select();
      else if (el) window.getSelection()?.selectAllChildren(el);
      setState(el && document.execCommand("copy") ? copied : fallback);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-gray-400 px-2 py-1 hover:bg-gray-100 dark:hover:bg-gray-800"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-gray-700 dark:text-gray-300">
        {state}
      </span>
    </span>
  );
}
