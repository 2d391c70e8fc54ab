import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import { accessControl } from './auth/access-control.ts';
import { AuditLog } from './auth/audit-log.ts';
import { sessionCookie } from './auth/session-cookie.ts';
import { SessionStore } from './auth/session-store.ts';
import { SignInThrottle } from './auth/sign-in-throttle.ts';
import { UserStore } from './auth/user-store.ts';
import { projectRoot } from './config.ts';
import type { Database } from './neo4j/database.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { apiNotFound, errorHandler } from './routes/error-handler.ts';
import { graphRoutes } from './routes/graph-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { schemaRoutes } from './routes/schema-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { sourceRoutes } from './routes/source-routes.ts';
import { viewRoutes } from './routes/view-routes.ts';
import { overviewCache, type OverviewCache } from './services/overview-cache.ts';
import { ViewService } from './services/view-service.ts';
import { loadCypherCatalog } from './neo4j/cypher-files.ts';
import type { QueryLimits } from './neo4j/database.ts';
import type { DatabaseState } from './neo4j/embedded-supervisor.ts';
import { loadBuiltinViews } from './views/view-catalog.ts';
import { hostRules } from './security/allowed-hosts.ts';
import { hostGuard, originGuard } from './security/request-guard.ts';
import { defaultRateLimits, type RateLimits } from './security/rate-limits.ts';
import { securityHeaders } from './security/security-headers.ts';

/** Who may reach the explorer and how (see SECURITY.md). */
export interface SecurityOptions {
  /** 'on': sign-in and roles; 'off': open to whoever can reach it (loopback only). */
  auth: 'on' | 'off';
  /** The address people use when it is shared (e.g. https://explorer.example.org). */
  publicUrl?: string;
  /** More host names to answer for, comma-separated. */
  allowedHosts?: string;
}

export interface AppOptions {
  db: Database;
  /** Time, record and size limits of views and ad-hoc queries; defaults fill what is not given. */
  queryLimits?: Partial<QueryLimits>;
  /** Built client to serve; omitted, the app serves the API only. */
  clientDir?: string;
  /** Requests per minute per client on the expensive endpoints. */
  rateLimits?: RateLimits;
  /** Whether the embedded Neo4j is being restarted; always up unless given. */
  databaseState?: () => DatabaseState;
  /** Sign-in and host rules; sign-in off and loopback names only unless given. */
  security?: Partial<SecurityOptions>;
  /** Most entities GET /api/graph answers (`limit`); 20,000 unless given. The bench raises it. */
  maxGraphLimit?: number;
  /** The overview kept between requests; index.ts passes its own to compute it at start. */
  overviews?: OverviewCache;
}

/** QUERY_TIMEOUT_MS, QUERY_ROW_CAP and QUERY_MAX_BYTES unless configured. */
export const defaultQueryLimits: QueryLimits = {
  timeoutMs: 5_000,
  rowCap: 5_000,
  maxBytes: 32 * 1024 * 1024,
};

/** The built client, when `npm run build` has produced it. */
export const defaultClientDir = path.join(projectRoot, 'dist', 'client');

/** Builds the Express app. It never listens: index.ts and the tests do that. */
export function createApp({
  db,
  clientDir,
  queryLimits,
  security = {},
  databaseState = () => 'up',
  rateLimits = defaultRateLimits,
  maxGraphLimit,
  overviews = overviewCache(db),
}: AppOptions): Express {
  const auth = security.auth ?? 'off';
  const https = security.publicUrl?.startsWith('https:') ?? false;
  const rules = hostRules(security.publicUrl, security.allowedHosts);
  const users = new UserStore(db);
  const sessions = new SessionStore(db);
  const cookie = sessionCookie(https);
  const audit = new AuditLog(db);
  const views = new ViewService(db, loadBuiltinViews(loadCypherCatalog()), {
    ...defaultQueryLimits,
    ...queryLimits,
  });
  const app = express();
  app.disable('x-powered-by');
  // An ETag is a SHA-1 of the whole body, on the main thread: for a 30 MB answer that alone
  // holds every other request ~100 ms. The page's own files keep theirs (express.static).
  app.set('etag', false);
  // Behind a proxy (PUBLIC_URL set), the protocol and address come from it.
  if (security.publicUrl) app.set('trust proxy', 'loopback');
  // Checked before anything else, the page included: a rebound DNS name gets nothing.
  app.use(hostGuard(rules));
  app.use(securityHeaders(https));
  // A 20,000-entity answer is ~15 MB of JSON, mostly repeated keys: gzip at its fastest level
  // shrinks it ~10x for a few milliseconds per megabyte.
  app.use(compression({ level: 1, threshold: 2048 }));
  // Requests carry small JSON, except a new source with its text (its route allows more).
  const smallJson = express.json({ limit: '256kb' });
  app.use((req, res, next) =>
    req.method === 'POST' && req.path === '/api/sources' ? next() : smallJson(req, res, next),
  );

  const api = express.Router();
  api.use(originGuard(rules));
  // Every route below is closed by default: access-policy.ts says who may do what.
  api.use(accessControl({ auth, sessions, cookie, audit }));
  api.use(healthRoutes(db, databaseState));
  api.use(sessionRoutes({ auth, users, sessions, cookie, throttle: new SignInThrottle() }));
  api.use(auditRoutes(audit));
  api.use(graphRoutes(db, overviews, maxGraphLimit));
  api.use(sourceRoutes(db, overviews));
  api.use(schemaRoutes(db));
  api.use(exportRoutes(rateLimits));
  api.use(viewRoutes(views, rateLimits));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Any other path is a client-side URL (e.g. /?view=…): answer with the page.
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
