/** A budget line by its code and label, "011 Charges à caractère général"; its label alone when it has no code. */
export const codedLabel = (code: string | null, label: string | null): string =>
  code ? `${code} ${label ?? ''}`.trim() : (label ?? '');
