#!/usr/bin/env node
'use strict';
/**
 * Writes one barrel per generated proto package (src/generated/<service>-v1.ts) and the package
 * index, so services import `{ accountV1 } from '@ecticket/contracts'`. Run after
 * packages/platform/scripts/generate-proto-types.js, which rebuilds src/generated from scratch.
 */
const fs = require('node:fs');
const path = require('node:path');

const sourceDir = path.resolve(__dirname, '..', 'src');
const generatedDir = path.join(sourceDir, 'generated');
const packagesDir = path.join(generatedDir, 'ecticket');

function camelCase(name) {
  return name.replace(/[-_](\w)/g, (_match, letter) => letter.toUpperCase());
}

const services = fs.readdirSync(packagesDir).sort();
for (const service of services) {
  const versionDir = path.join(packagesDir, service, 'v1');
  const types = fs.readdirSync(versionDir).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3)).sort();
  const lines = [`// Generated barrel of ecticket.${service}.v1 types.`, ...types.map((type) => `export type * from './ecticket/${service}/v1/${type}';`)];
  fs.writeFileSync(path.join(generatedDir, `${service}-v1.ts`), `${lines.join('\n')}\n`);
}

const eventsIndex = fs.existsSync(path.join(sourceDir, 'events', 'index.ts')) ? ["export * from './events';"] : [];
const index = [
  '// What services share: generated gRPC types (src/generated, from protos/ by',
  '// `node packages/platform/scripts/generate-proto-types.js`) and event payload schemas.',
  '',
  ...services.map((service) => `export * as ${camelCase(service)}V1 from './generated/${service}-v1';`),
  ...eventsIndex,
];
fs.writeFileSync(path.join(sourceDir, 'index.ts'), `${index.join('\n')}\n`);
console.log(`Wrote barrels for ${services.length} proto package(s).`);
