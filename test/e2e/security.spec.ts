/** The browser host answers only whoever holds the per-launch secret. */
import { expect, test } from './pages/fixtures.ts';
import { HomePage } from './pages/HomePage.ts';

test('the API refuses a call from the page without the secret (401), and answers with it', async ({ page, agora }) => {
  await agora.open(page);
  await new HomePage(page).expectLoaded();

  const call = (withToken: boolean) =>
    page.evaluate(async (withToken) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      // The app keeps the secret here after taking it out of the address bar.
      if (withToken) headers.authorization = `Bearer ${sessionStorage.getItem('agora.hostToken')}`;
      const response = await fetch('/api/call/workshops:list', { method: 'POST', headers, body: '{}' });
      return { status: response.status, body: await response.text() };
    }, withToken);

  const refused = await call(false);
  expect(refused.status).toBe(401);
  expect(refused.body).not.toContain('Smart Economy');

  // Same page, same origin, same route: only the secret differs.
  const answered = await call(true);
  expect(answered.status).toBe(200);
  expect(answered.body).toContain('Smart Economy');

  const wrongSecret = await page.evaluate(async () => {
    const response = await fetch('/api/call/workshops:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-the-secret' },
      body: '{}',
    });
    return response.status;
  });
  expect(wrongSecret).toBe(401);
});

test('the secret of a previous launch no longer opens anything', async ({ page, agora }) => {
  const oldToken = new URL(agora.host.url).searchParams.get('token');
  await agora.restart();
  await agora.open(page);
  await new HomePage(page).expectLoaded();
  const status = await page.evaluate(async (token) => {
    const response = await fetch('/api/call/workshops:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    return response.status;
  }, oldToken);
  expect(status).toBe(401);
});
