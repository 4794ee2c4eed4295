import { createScryptPasswordHasher } from '../../src/infrastructure/scrypt-password-hasher';

const weak = createScryptPasswordHasher({ log2N: 10, r: 8, p: 1 });

describe('scrypt password hashes', () => {
  it('encodes the parameters, a random salt and the hash (PHC string)', async () => {
    const [first, second] = await Promise.all([weak.hash('correct horse battery'), weak.hash('correct horse battery')]);
    expect(first).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
  });

  it('verifies the right password only', async () => {
    const encoded = await weak.hash('correct horse battery');
    await expect(weak.verify('correct horse battery', encoded)).resolves.toBe(true);
    await expect(weak.verify('correct horse battery!', encoded)).resolves.toBe(false);
    await expect(weak.verify('anything', 'not-a-hash')).resolves.toBe(false);
  });

  it('the default parameters are OWASP\'s for scrypt (N=2^17, r=8, p=1)', () => {
    const owasp = createScryptPasswordHasher();
    expect(owasp.needsRehash('$scrypt$ln=17,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA')).toBe(false);
  });

  it('tells when a hash was made with other parameters, so it can be upgraded at the next login', async () => {
    const encoded = await weak.hash('correct horse battery');
    expect(weak.needsRehash(encoded)).toBe(false);
    expect(createScryptPasswordHasher({ log2N: 11, r: 8, p: 1 }).needsRehash(encoded)).toBe(true);
    await expect(createScryptPasswordHasher({ log2N: 11, r: 8, p: 1 }).verify('correct horse battery', encoded)).resolves.toBe(true);
  });

  it('refuses stored parameters outside sane bounds instead of running them', async () => {
    await expect(weak.verify('x', '$scrypt$ln=30,r=8,p=1$c2FsdA$aGFzaA')).resolves.toBe(false);
  });
});
