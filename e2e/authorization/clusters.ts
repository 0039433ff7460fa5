import type { MatrixEntry } from './roles.ts';

/** Cluster membership, coordinator tools, resources, map and feed. */
export const CLUSTER_ROUTES: Record<string, MatrixEntry> = {};
