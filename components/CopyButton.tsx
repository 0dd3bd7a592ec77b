/**
 * A button that copies the text of the element `target` (a textarea's value, a list's items joined by spaces) to the
 * clipboard, and says so in its status; when the browser refuses, it selects the text and says how to copy it. No
 * React runs for it: the page script (lib/publish/page-script/behaviour.ts) handles every `button[data-copy]`, so it
 * works from the first paint.
 */
export function CopyButton({
  target,
  label,
  copied = "Copied",
  fallback = "Select and copy the text above",
}: {
  target: string;
  label: string;
  /** what the status says after copying, and when the browser would not copy (in the page's language) */
  copied?: string;
  fallback?: string;
}) {
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-copy={target}
        data-copied={copied}
        data-fallback={fallback}
        className="rounded border border-gray-400 px-2 py-1 hover:bg-gray-100 dark:hover:bg-gray-800"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-gray-700 dark:text-gray-300" />
    </span>
  );
}
