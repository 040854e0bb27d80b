import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Corrections saved by the tests go to a scratch file, never to seeds/review.json.
const reviewFile = join(tmpdir(), 'crisis-timeline-e2e-review.json');
rmSync(reviewFile, { force: true });

// Debian's Chromium (browsers cannot be downloaded here); SwiftShader pins software WebGL so the
// map renders the same on machines without a GPU.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  use: { baseURL: 'http://127.0.0.1:4173', trace: 'retain-on-failure' },
  webServer: {
    command: 'npm start',
    url: 'http://127.0.0.1:4173',
    env: { CRISIS_REVIEW_FILE: reviewFile },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--use-angle=swiftshader',
            '--enable-unsafe-swiftshader',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic'
          ]
        }
      }
    }
  ]
});
