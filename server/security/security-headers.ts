import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every answer: a CSP under which only our own scripts run (the page, its
 * workers and the Cypher editor are all served from here), no framing, no MIME sniffing, no
 * referrer to other sites. HTTPS-only headers are sent only when the explorer is served on https,
 * since on plain http they would break every sub-resource.
 */
export function securityHeaders(https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // CodeMirror and Cytoscape set styles at run time; styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Exports draw into data: and blob: images.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 15_552_000 } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
