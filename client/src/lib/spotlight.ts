/** Facts to bring forward on the canvas: a path, or what one sentence of the article supports. */
export interface Spotlight {
  /** Node and relationship ids; those not on the canvas are skipped. */
  ids: readonly string[];
  /** Who asked, e.g. `path:1` or `sentence:7`, so that panel can show it as active. */
  by: string;
}
