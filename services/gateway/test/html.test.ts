import { createHash } from 'node:crypto';
import { html, htmlResponse, lastTaiwanDayBefore, ntd, taiwanDay, trustedMarkup } from '../src/transport/http/html';

describe('server-rendered pages', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const hostile = `"><script>alert('x')</script>&`;
    expect(html`<a title="${hostile}">${hostile}</a>`.markup).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  it('inserts markup built by html itself, lists of it, and trusted markup as it is', () => {
    const items = ['<a>', '<b>'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${trustedMarkup('<svg></svg>')}`.markup).toBe('<ul><li>&lt;a&gt;</li><li>&lt;b&gt;</li></ul><svg></svg>');
  });

  it('allows only its own inline script and style, and keeps the page out of caches, frames and Referer headers', () => {
    const script = 'console.log(1);';
    const page = htmlResponse(200, { title: 'T', body: html`<p>x</p>`, script });
    const policy = page.headers?.['Content-Security-Policy'] ?? '';
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.headers).toMatchObject({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    expect(htmlResponse(200, { title: 'T', body: html`` }).headers?.['Content-Security-Policy']).not.toContain('script-src');
  });

  it('shows money and Taiwan days as buyers read them', () => {
    expect(ntd(1200)).toBe('NT$1,200');
    expect(taiwanDay('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
    expect(lastTaiwanDayBefore('2026-03-01T16:00:00.000Z')).toBe('2026-03-01');
  });
});
