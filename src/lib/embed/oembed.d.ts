export const DEFAULT_WIDTH: number;
export const DEFAULT_HEIGHT: number;
export const MIN_HEIGHT: number;
export function embedUrlFor(pageUrl: string, origin: string): string | null;
export function embedSize(maxwidth: number | null, maxheight: number | null): { width: number; height: number };
export interface OembedAnswer {
  status: number;
  body: Record<string, unknown> | string;
}
export function answerOembed(request: {
  url: string | null;
  maxwidth?: string | null;
  maxheight?: string | null;
  format?: string | null;
  origin: string;
  title: string;
}): OembedAnswer;
export function siteOrigin(configured: string | undefined): string | null;
