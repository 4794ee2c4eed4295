#!/usr/bin/env node
'use strict';
/**
 * Generates TypeScript types for every .proto under the repository's protos/ directory into
 * packages/contracts/src/generated/ (or the directory given as first argument), with the loader
 * options the platform loads protos with at run time (src/grpc/protos.ts; a test keeps them equal).
 * packages/contracts/scripts/generate-barrels.js adds the per-package barrels afterwards.
 *
 *   node packages/platform/scripts/generate-proto-types.js [outDir]
 *
 * Deterministic: the output directory is rebuilt from scratch, protos are passed in sorted order
 * and by paths relative to the repository root, whatever the working directory.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const protosDir = path.join(repoRoot, 'protos');
const defaultOutDir = path.join(repoRoot, 'packages', 'contracts', 'src', 'generated');

/** The CLI spelling of protoLoaderOptions in src/grpc/protos.ts. */
const loaderOptions = Object.freeze({ keepCase: false, longs: 'String', enums: 'String', defaults: true, oneofs: true });

function protoFilesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return protoFilesUnder(full);
    return entry.name.endsWith('.proto') ? [full] : [];
  });
}

/** Relative to protos/, with forward slashes, sorted. */
function protoFiles() {
  return protoFilesUnder(protosDir)
    .map((file) => path.relative(protosDir, file).split(path.sep).join('/'))
    .sort();
}

function optionFlags(options) {
  return Object.entries(options).flatMap(([name, value]) => {
    if (value === true) return [`--${name}`];
    if (value === false) return [];
    return [`--${name}`, String(value)];
  });
}

function generate(outDir = defaultOutDir) {
  const generator = path.join(path.dirname(require.resolve('@grpc/proto-loader/package.json')), 'build', 'bin', 'proto-loader-gen-types.js');
  const files = protoFiles();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(
    process.execPath,
    [generator, ...optionFlags(loaderOptions), '--grpcLib', '@grpc/grpc-js', '--includeComments', '-I', 'protos', '-O', path.resolve(outDir), ...files],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return files;
}

module.exports = { loaderOptions, generate };

if (require.main === module) {
  const files = generate(process.argv[2]);
  process.stderr.write(`Generated types for ${files.length} proto file(s).\n`);
}
