/** Names that always reach this machine only. */
const loopbackNames = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** Which Host headers and Origins the explorer answers, decided once from the configuration. */
export interface HostRules {
  /** Lower-case host names (no port) a request may name in its Host header. */
  hosts: ReadonlySet<string>;
  /** Origins allowed besides the request's own (`PUBLIC_URL` behind a proxy), e.g. https://x.org. */
  extraOrigins: ReadonlySet<string>;
}

/** Parses `host[:port]` and `[v6]:port` into the host name alone, lower-cased. */
export function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

/**
 * The loopback names, the host of `publicUrl`, and each name in the comma-separated
 * `allowedHosts`; nothing else, so a DNS-rebinding name pointed at this machine is refused.
 */
export function hostRules(
  publicUrl: string | undefined,
  allowedHosts: string | undefined,
): HostRules {
  const hosts = new Set(loopbackNames);
  const extraOrigins = new Set<string>();
  if (publicUrl) {
    const url = new URL(publicUrl);
    hosts.add(url.hostname.toLowerCase());
    extraOrigins.add(url.origin);
  }
  for (const name of (allowedHosts ?? '').split(',')) {
    if (name.trim()) hosts.add(hostNameOf(name));
  }
  return { hosts, extraOrigins };
}

/** True when `host` is a loopback name or address. */
export function isLoopbackHost(host: string): boolean {
  return loopbackNames.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
