/**
 * A read-only text field to copy from: its label, the text, and a copy button (./CopyButton.tsx). The cite panel has
 * two (the citation and BibTeX, ./CitePanel.tsx), the embed panel one (the code to paste, ./EmbedPanel.tsx).
 */
import type { FigureView } from "../lib/publish/page-data";
import { ACCESSED_TAG_ATTR, ACCESSED_TEMPLATE_ATTR } from "../lib/publish/page-script/attrs";
import { CopyButton } from "./CopyButton";

const FIELD = "block w-full rounded border border-gray-300 bg-transparent p-2 text-xs dark:border-gray-600";
const CODE_FIELD =
  "block w-full rounded border border-gray-300 bg-transparent p-2 font-mono text-xs dark:border-gray-600";

export function CopyField({
  id,
  label,
  labelHidden = false,
  value,
  accessedTemplate,
  rows,
  code = false,
  copyLabel,
  ui,
  buttonOwnParagraph = false,
}: {
  id: string;
  label: string;
  /** the label is read by screen readers only (the words around the field say what it holds) */
  labelHidden?: boolean;
  value: string;
  /** a citation's template, which the page script dates when the reader consults it (lib/publish/cite.ts), and the
   *  language tag it writes the day in */
  accessedTemplate?: { template: string; tag: string };
  rows: number;
  /** the text is code (BibTeX, HTML): in the monospace font */
  code?: boolean;
  /** the button's words */
  copyLabel: string;
  ui: Pick<FigureView["ui"], "copied" | "copyFallback">;
  /** the button in a paragraph of its own */
  buttonOwnParagraph?: boolean;
}) {
  const button = <CopyButton target={id} label={copyLabel} copied={ui.copied} fallback={ui.copyFallback} />;
  return (
    <>
      <label htmlFor={id} className={labelHidden ? "sr-only" : "block font-medium"}>
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={value}
        className={code ? CODE_FIELD : FIELD}
        {...(accessedTemplate
          ? { [ACCESSED_TEMPLATE_ATTR]: accessedTemplate.template, [ACCESSED_TAG_ATTR]: accessedTemplate.tag }
          : {})}
      />
      {buttonOwnParagraph ? <p>{button}</p> : button}
    </>
  );
}
