/**
 * The measures the canvas can show, in one module loaded the first time sizes or communities are
 * asked for: most visits never need them, and the first paint should not wait for them.
 */
export { colorCommunities } from './community-colors.ts';
export { nodeSizes } from './importance.ts';
