/**
 * Full stops where a sentence ends on an abbreviation ("с 2019 г.", "2010 и 2020 гг.", "U.S."): the abbreviation's
 * full stop ends the sentence too, in every language's typography. A message cannot see how its argument ends (a
 * Russian date ends in "г."), nor can code that joins a title and a sentence, so the translator and those joins go
 * through these: no "г..", and no "г," where a source's final full stop was dropped.
 */

/** Two full stops in a row (not an ellipsis's three) as one. */
export const oneFullStop = (text: string): string => text.replace(/(?<!\.)\.\.(?!\.)/g, ".");

/** The text as a sentence: a full stop added unless it ends with one (or another sentence end) already. */
export const endSentence = (text: string): string => (/[.!?…]$/.test(text.trimEnd()) ? text : `${text}.`);

/** A sentence's final full stop taken off, to continue it, unless it is an abbreviation's (a word of one or two
 *  letters: "г.", "гг.", "U.S."), which stays. */
export const withoutFinalStop = (text: string): string => text.replace(/(?<!(?:^|[^\p{L}])\p{L}{1,2})\.$/u, "");
