import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { processConfigShape, serviceNames } from '@ecticket/platform';
import { repositoryRoot } from '../support/processes';

const composeFile = path.join(repositoryRoot, 'docker-compose.yml');
const hasDockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const describeWithCompose = hasDockerCompose ? describe : describe.skip;
if (!hasDockerCompose) console.warn('docker-compose.yml validation skipped: the docker-compose command is not installed (`apt-get install docker-compose`).');

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  /** `source:target[:mode]` (docker-compose 1.x), or the long form (2.x). */
  volumes?: (string | { source?: string; target?: string })[];
}

function mounts(service: ComposeService): string[] {
  return (service.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume.split(':').slice(0, 2).join(':') : `${volume.source}:${volume.target}`));
}

function resolvedCompose(): { services: Record<string, ComposeService> } {
  const output = execFileSync('docker-compose', ['-f', composeFile, 'config'], { cwd: repositoryRoot, encoding: 'utf8' });
  return parse(output) as { services: Record<string, ComposeService> };
}

describeWithCompose(`docker-compose.yml${hasDockerCompose ? '' : ' — skipped: docker-compose is not installed'}`, () => {
  it('is valid', () => {
    expect(spawnSync('docker-compose', ['-f', composeFile, 'config', '-q'], { cwd: repositoryRoot }).status).toBe(0);
  });

  it('runs every service from its compiled entry point, with RabbitMQ and MongoDB', () => {
    const { services } = resolvedCompose();
    for (const service of [...serviceNames, 'gateway']) {
      const entry = services[service]?.command?.[1];
      expect(entry).toBe(`services/${service}/dist/main.js`);
      expect(fs.existsSync(path.join(repositoryRoot, 'services', service, 'src', 'main.ts'))).toBe(true);
      expect(services[service]?.environment?.AMQP_URL).toMatch(/^amqp:\/\//);
      expect(services[service]?.environment?.MONGO_URL).toMatch(/^mongodb:\/\/.*replicaSet=/);
      // Keys and secrets under DATA_DIR outlive the container: a volume of the service's own is mounted there.
      expect(mounts(services[service] ?? {})).toEqual([`${service}-data:${services[service]?.environment?.DATA_DIR}`]);
    }
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['mongo', 'rabbitmq']));
  });

  it('tells every service where its peers are, with variables the code reads', () => {
    const { services } = resolvedCompose();
    const serviceVariables = ['PUBLIC_BASE_URL', 'PAYMENT_CALLBACK_URL'];
    const known = new Set([...Object.keys(processConfigShape), ...serviceVariables]);
    for (const service of serviceNames) {
      const environment = services[service]?.environment ?? {};
      for (const peer of serviceNames) expect(environment[`${peer.toUpperCase()}_GRPC_ADDRESS`]).toMatch(new RegExp(`^${peer}:\\d+$`));
      const ownPort = environment[`${service.toUpperCase()}_GRPC_ADDRESS`]?.split(':')[1];
      expect(environment.GRPC_LISTEN_ADDRESS).toBe(`0.0.0.0:${ownPort}`);
      for (const variable of Object.keys(environment)) expect(known).toContain(variable);
    }
  });
});
