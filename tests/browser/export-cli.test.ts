import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { decodeJpeg, decodePng, inkShare, parseXml, pixelAt } from '../support/decode.ts';

const baseUrl = inject('baseUrl');
const outDir = mkdtempSync(path.join(os.tmpdir(), 'explorer-export-'));

/** Runs `npm run export -- …` against the suite's running explorer. */
function runExport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(projectRoot, 'server', 'export-cli.ts'),
        '--url',
        baseUrl,
        ...args,
      ],
      { cwd: projectRoot },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const view = ['--view', 'company-funding-network', '--param', 'company=shengshu'];
/** What the view draws with these parameters (checked through the API). */
async function expected() {
  const response = await fetch(`${baseUrl}/api/views/company-funding-network/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ params: { company: 'shengshu' } }),
  });
  return (await response.json()) as { nodes: { id: string }[]; edges: { id: string }[] };
}

describe('npm run export', () => {
  it('when PNG is asked at 2×, then a decodable, non-blank PNG is written', async () => {
    const out = path.join(outDir, 'network.png');
    const { code, stdout, stderr } = await runExport([
      ...view,
      '--format',
      'png',
      '--scale',
      '2',
      '--out',
      out,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${out}`);
    const image = decodePng(readFileSync(out));
    expect(image.width).toBeGreaterThan(800);
    expect(pixelAt(image, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(inkShare(image, [255, 255, 255, 255])).toBeGreaterThan(0.02);
  });

  it('when JPEG is asked on a dark background, then the JPEG decodes dark', async () => {
    const out = path.join(outDir, 'network.jpg');
    const { code } = await runExport([
      ...view,
      '--format',
      'jpeg',
      '--background',
      'dark',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const [r, g, b] = pixelAt(decodeJpeg(readFileSync(out)), 1, 1);
    expect(Math.max(r!, g!, b!)).toBeLessThan(60);
  });

  it('when SVG is asked, then each node of the view is a group with its label as text', async () => {
    const out = path.join(outDir, 'network.svg');
    expect((await runExport([...view, '--format', 'svg', '--caption', '--out', out])).code).toBe(0);
    const svg = parseXml(readFileSync(out, 'utf8'));
    const nodeIds = Array.from(svg.getElementsByTagName('g'))
      .filter((g) => g.getAttribute('class') === 'node')
      .map((g) => g.getAttribute('data-id'));
    expect(nodeIds.sort()).toEqual((await expected()).nodes.map((n) => n.id).sort());
    expect(readFileSync(out, 'utf8')).toContain('company = shengshu');
  });

  it("when GraphML, CSV and JSON are asked, then each holds exactly the view's nodes and edges", async () => {
    const { nodes, edges } = await expected();
    const graphml = path.join(outDir, 'network.graphml');
    expect((await runExport([...view, '--format', 'graphml', '--out', graphml])).code).toBe(0);
    const doc = parseXml(readFileSync(graphml, 'utf8'));
    expect(doc.getElementsByTagName('node')).toHaveLength(nodes.length);
    expect(doc.getElementsByTagName('edge')).toHaveLength(edges.length);

    const csv = path.join(outDir, 'network.csv.zip');
    expect((await runExport([...view, '--format', 'csv', '--out', csv])).code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(csv)));
    const rows = Papa.parse(strFromU8(files['edges.csv']!).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.data).toHaveLength(edges.length);

    const json = path.join(outDir, 'network.json');
    expect((await runExport([...view, '--format', 'json', '--out', json])).code).toBe(0);
    const body = JSON.parse(readFileSync(json, 'utf8'));
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(body.params).toEqual({ company: 'shengshu' });
  });

  it.each([
    [
      ['--view', 'no-such-view', '--format', 'png', '--out', 'x.png'],
      /No view has the id "no-such-view"/,
    ],
    [
      ['--view', 'neighbourhood', '--param', 'depth=9', '--format', 'png', '--out', 'x.png'],
      /Parameter "depth" must be at most 3/,
    ],
    [['--view', 'neighbourhood', '--format', 'bmp', '--out', 'x.bmp'], /--format must be one of/],
    [
      ['--view', 'neighbourhood', '--format', 'png', '--out', '/no/such/folder/x.png'],
      /the folder \/no\/such\/folder does not exist/,
    ],
    [['--view', 'neighbourhood', '--format', 'png'], /--out is required/],
    [
      ['--view', 'neighbourhood', '--param', 'oops', '--format', 'png', '--out', 'x.png'],
      /--param "oops" must look like name=value/,
    ],
  ])(
    'when the command is wrong (%j), then it exits non-zero with a one-line reason',
    async (args, message) => {
      const { code, stderr } = await runExport(args);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );
});

describe('GET /api/export/:format', () => {
  it('when a view is exported over HTTP, then the answer is a download of the rendered file', async () => {
    const response = await fetch(
      `${baseUrl}/api/export/png?view=company-funding-network&company=shengshu&scale=1`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="a-company-s-funding-network_\d{4}-\d\d-\d\d\.png"/,
    );
    const image = decodePng(Buffer.from(await response.arrayBuffer()));
    expect(inkShare(image, [255, 255, 255, 255])).toBeGreaterThan(0.02);
  });

  it('when the format, view or a parameter is wrong, then it answers 4xx with an error body', async () => {
    const bad = async (query: string) => {
      const response = await fetch(`${baseUrl}/api/export/${query}`);
      return { status: response.status, body: await response.json() };
    };
    expect((await bad('bmp?view=neighbourhood')).status).toBe(400);
    expect((await bad('png?view=nothing')).status).toBe(404);
    const param = await bad('png?view=neighbourhood&depth=7');
    expect(param.status).toBe(400);
    expect(param.body.error.message).toBe('Parameter "depth" must be at most 3.');
    expect((await bad('png?view=neighbourhood&scale=9')).body.error.message).toBe(
      'Parameter "scale" must be at most 4.',
    );
  });
});
