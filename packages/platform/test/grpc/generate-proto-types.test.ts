import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { protoLoaderOptions } from '../../src/grpc';

const generator = require('../../scripts/generate-proto-types.js') as {
  loaderOptions: Readonly<Record<string, unknown>>;
  generate: (outDir?: string) => string[];
};

const committed = path.resolve(__dirname, '../../../contracts/src/generated');

function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, full), readFileSync(full, 'utf8')];
    }),
  );
}

describe('generated proto types', () => {
  const outDirs: string[] = [];
  afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function generateFresh(): Record<string, string> {
    const outDir = mkdtempSync(path.join(tmpdir(), 'proto-types-'));
    outDirs.push(outDir);
    generator.generate(outDir);
    return tree(outDir);
  }

  it('are generated with the options protos are loaded with at run time', () => {
    const runtime = { ...protoLoaderOptions, longs: protoLoaderOptions.longs.name, enums: protoLoaderOptions.enums.name };

    expect(generator.loaderOptions).toEqual(runtime);
  });

  it('are deterministic and match the committed output (run packages/platform/scripts/generate-proto-types.js if not)', () => {
    const first = generateFresh();
    const second = generateFresh();

    expect(Object.keys(first)).toContain(path.join('grpc', 'health', 'v1', 'HealthCheckResponse.ts'));
    expect(second).toEqual(first);
    // The contracts package adds its barrels beside the generated files; those are not compared.
    const committedFiles = tree(committed);
    const committedGenerated = Object.fromEntries(Object.keys(first).map((file) => [file, committedFiles[file]]));
    expect(committedGenerated).toEqual(first);
  });
});
