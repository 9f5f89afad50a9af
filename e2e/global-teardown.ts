import { stopSharedDashboard } from './server';

afterAll(async () => {
  await stopSharedDashboard();
}, 60_000);
