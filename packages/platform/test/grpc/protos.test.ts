import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findProtosDir, loadServiceDefinition, serviceNameOf } from '../../src/grpc';

const repoProtos = path.resolve(__dirname, '../../../../protos');

describe('proto loading', () => {
  it('finds the repository protos/ from the sources and from compiled dist/', () => {
    expect(findProtosDir()).toBe(repoProtos);
    expect(findProtosDir(path.resolve(__dirname, '../../dist/grpc'))).toBe(repoProtos);
  });

  it('says where it looked when there is no protos/ directory', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'no-protos-'));
    try {
      expect(() => findProtosDir(outside)).toThrow(`above ${outside}`);
    } finally {
      rmSync(outside, { recursive: true });
    }
  });

  it('loads a service definition by its fully qualified name, and refuses a message name', () => {
    const health = loadServiceDefinition(['grpc/health/v1/health.proto'], 'grpc.health.v1.Health');

    expect(serviceNameOf(health)).toBe('grpc.health.v1.Health');
    expect(Object.keys(health)).toEqual(['Check', 'Watch']);
    expect(() => loadServiceDefinition(['grpc/health/v1/health.proto'], 'grpc.health.v1.HealthCheckRequest')).toThrow('is not a service');
  });
});
