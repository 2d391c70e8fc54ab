import { describe, expect, it } from 'vitest';
import { isWrite, requirementOf } from '../../../server/auth/access-policy.ts';
import { SignInThrottle } from '../../../server/auth/sign-in-throttle.ts';
import { loadConfig } from '../../../server/config.ts';
import { hostNameOf, hostRules } from '../../../server/security/allowed-hosts.ts';

describe('EXPLORER_AUTH', () => {
  it.each([
    ['127.0.0.1', 'off'],
    ['localhost', 'off'],
    ['::1', 'off'],
    ['0.0.0.0', 'on'],
    ['192.168.1.20', 'on'],
    ['::', 'on'],
  ])('when HOST is %s and EXPLORER_AUTH is unset, then sign-in is %s', (host, expected) => {
    expect(loadConfig({ HOST: host }).EXPLORER_AUTH).toBe(expected);
  });

  it('when EXPLORER_AUTH is given, then it wins either way', () => {
    expect(loadConfig({ HOST: '0.0.0.0', EXPLORER_AUTH: 'off' }).EXPLORER_AUTH).toBe('off');
    expect(loadConfig({ HOST: '127.0.0.1', EXPLORER_AUTH: 'on' }).EXPLORER_AUTH).toBe('on');
  });

  it('when EXPLORER_AUTH or PUBLIC_URL is malformed, then start-up names the variable', () => {
    expect(() => loadConfig({ EXPLORER_AUTH: 'yes' })).toThrow(/EXPLORER_AUTH/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x.example' })).toThrow(/PUBLIC_URL/);
  });
});

describe('host rules', () => {
  it('when PUBLIC_URL and ALLOWED_HOSTS are set, then their names join the loopback ones, lower-cased', () => {
    const rules = hostRules('https://Graph.Example.org', 'a.example, B.example:8080 ,');
    expect([...rules.hosts].sort()).toEqual(
      [
        '127.0.0.1',
        '::1',
        '[::1]',
        'a.example',
        'b.example',
        'graph.example.org',
        'localhost',
      ].sort(),
    );
    expect([...rules.extraOrigins]).toEqual(['https://graph.example.org']);
  });

  it.each([
    ['localhost:3000', 'localhost'],
    ['[::1]:3000', '[::1]'],
    ['Example.ORG', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
  ])('when Host is %s, then its name is %s', (header, name) => {
    expect(hostNameOf(header)).toBe(name);
  });
});

describe('access policy', () => {
  it.each([
    ['GET', '/health', 'public'],
    ['POST', '/session', 'public'],
    ['GET', '/graph', 'viewer'],
    ['POST', '/query', 'viewer'],
    ['POST', '/views/x/run', 'viewer'],
    ['POST', '/views', 'editor'],
    ['PUT', '/views/x', 'editor'],
    ['DELETE', '/views/x', 'editor'],
    ['POST', '/sources', 'editor'],
    ['PATCH', '/anything-new', 'editor'],
    ['GET', '/audit', 'admin'],
    ['GET', '/users', 'admin'],
  ])('when %s %s is asked, then it needs %s', (method, path, needed) => {
    expect(requirementOf(method, path)).toBe(needed);
  });

  it('when a request reads, then it is not a write for the audit trail; sign-in and saves are', () => {
    expect(isWrite('POST', '/query')).toBe(false);
    expect(isWrite('GET', '/views')).toBe(false);
    expect(isWrite('POST', '/views')).toBe(true);
    expect(isWrite('POST', '/session')).toBe(true);
    expect(isWrite('GET', '/session')).toBe(false);
  });
});

describe('sign-in throttle', () => {
  it('when a user fails five times, then they wait 30 s, twice as long after each further failure, and a success clears it', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    const keys = ['user:ed', 'address:127.0.0.1'] as const;
    for (let i = 0; i < 5; i += 1) {
      expect(throttle.retryAfterSeconds([...keys])).toBe(0);
      throttle.fail([...keys]);
    }
    expect(throttle.retryAfterSeconds([...keys])).toBe(30);
    now += 30_000;
    expect(throttle.retryAfterSeconds([...keys])).toBe(0);
    throttle.fail([...keys]);
    expect(throttle.retryAfterSeconds([...keys])).toBe(60);
    throttle.succeed([...keys]);
    expect(throttle.retryAfterSeconds([...keys])).toBe(0);
  });

  it('when failures are older than 15 minutes, then they are forgotten', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 5; i += 1) throttle.fail(['user:ed']);
    now += 16 * 60_000;
    expect(throttle.retryAfterSeconds(['user:ed'])).toBe(0);
  });
});
