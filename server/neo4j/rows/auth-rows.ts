import { z } from 'zod';
import { roles } from '../../auth/roles.ts';

const role = z.enum(roles);

/** Rows of cypher/auth/*.cypher. */
export const authRows = {
  'auth/audit-append': z.object({}),
  'auth/audit-recent': z.object({
    at: z.string(),
    user: z.string(),
    role: z.string(),
    method: z.string(),
    path: z.string(),
    status: z.number(),
    address: z.string(),
    action: z.string(),
  }),
  'auth/session-create': z.object({ expiresAt: z.string() }),
  'auth/session-delete': z.object({}),
  'auth/session-get': z.object({ name: z.string(), role }),
  'auth/user-get': z.object({ name: z.string(), role, passwordHash: z.string() }),
  'auth/user-list': z.object({
    name: z.string(),
    role,
    // Users stored before creation times were kept have none.
    createdAt: z
      .string()
      .nullable()
      .transform((value) => value ?? ''),
    sessions: z.number(),
  }),
  'auth/user-remove': z.object({ name: z.string() }),
  'auth/user-set-password': z.object({ name: z.string() }),
  'auth/user-upsert': z.object({ name: z.string(), role, created: z.boolean() }),
} as const;
