/**
 * The largest raster image the explorer makes: 40,000 px a side and 400 megapixels in all (a
 * 40,000 × 10,000 PNG is ~1.6 GB of pixels to encode). Past it, an export is refused with the
 * size it would have had, before any drawing starts.
 */
export const pixelBudget = { side: 40_000, area: 400_000_000 } as const;

/** Why a `width` × `height` image is over the budget, or undefined when it fits. */
export function overPixelBudget(width: number, height: number): string | undefined {
  const w = Math.round(width);
  const h = Math.round(height);
  if (w <= pixelBudget.side && h <= pixelBudget.side && w * h <= pixelBudget.area) return undefined;
  return `The image would be ${w.toLocaleString('en')} × ${h.toLocaleString('en')} px; the most is ${pixelBudget.side.toLocaleString('en')} px a side and ${pixelBudget.area / 1_000_000} megapixels. Choose a smaller width or scale.`;
}
