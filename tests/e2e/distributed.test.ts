import { serviceNames } from '@ecticket/platform';
import { onboardMerchant } from '../support/api';
import { startDistributed, type DistributedPlatform } from '../support/distributed';

describe('the distributed mode: one process per service, RabbitMQ between them', () => {
  let platform: DistributedPlatform;

  beforeAll(async () => {
    platform = await startDistributed();
  }, 60_000);
  afterAll(async () => {
    if (!platform) return;
    const codes = await platform.stop();
    expect(codes).toEqual(Object.fromEntries([...serviceNames, 'gateway'].map((name) => [name, 0])));
  });

  it('reports every service serving through the gateway process', async () => {
    const health = await platform.anonymous.ok<{ status: string; services: Record<string, string> }>('GET', '/health');
    expect(health).toEqual({ status: 'ok', services: Object.fromEntries(serviceNames.map((service) => [service, 'SERVING'])) });
  });

  it('serves the API across processes: the operator onboards a merchant whose owner logs in', async () => {
    const merchant = await onboardMerchant(await platform.operator());
    const me = await merchant.owner.ok<{ merchantId: string; role: string }>('GET', '/v1/me');
    expect(me).toMatchObject({ merchantId: merchant.merchantId, role: 'owner' });
  });
});
