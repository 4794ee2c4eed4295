import { blockedUntil, loginRateLimited } from '../../src/domain/login-throttle';

const limit = { max: 3, windowMs: 60_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds)).toISOString();

describe('login throttling', () => {
  it('allows attempts under the limit', () => {
    expect(blockedUntil([at(10), at(5)], limit, new Date(at(20)))).toBeNull();
  });

  it('blocks at the limit until the oldest counted attempt leaves the window', () => {
    const until = blockedUntil([at(30), at(20), at(10)], limit, new Date(at(40)));
    expect(until?.toISOString()).toBe(at(70));
    expect(blockedUntil([at(30), at(20), at(10)], limit, new Date(at(71)))).toBeNull();
  });

  it('refuses with rate_limited / LOGIN_RATE_LIMITED and the seconds to wait', () => {
    const error = loginRateLimited(new Date(at(70)), new Date(at(40)));
    expect(error).toMatchObject({ category: 'rate_limited', code: 'LOGIN_RATE_LIMITED', details: { retryAfterSeconds: 30 } });
  });
});
