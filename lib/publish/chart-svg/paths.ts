/** Where static chart renders live, and the widths they are drawn at (a phone and a desktop column). */
export const WIDTHS = { narrow: 340, wide: 760 } as const;

export const svgPath = (figure: string, variant: string, width: number) => `generated/svg/${figure}--${variant}--${width}.svg`;
