// Browser tests run against the production build, served as `npm start` serves it (src/cli/start.ts on
// the build in BUILD_DIR, without rebuilding), on their own port and data file.
// Debian's Chromium is used when it is installed (this project's CI and dev machines);
// elsewhere Playwright's own browser, as installed by `npx playwright install chromium`.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);
const buildDir = process.env.BUILD_DIR ?? 'build';
const dataDir = `tests/.tmp/e2e-data-${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: existsSync(systemChromium)
			? {
					executablePath: systemChromium,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-dev-shm-usage',
						'--disable-background-networking',
						'--disable-component-update',
						'--no-first-run'
					]
				}
			: {}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node -e "require('fs').rmSync('${dataDir}',{recursive:true,force:true})" && node --import tsx src/cli/start.ts --no-build`,
		port,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(port),
			BUILD_DIR: buildDir,
			DATA_DIR: dataDir,
			ORIGIN: `http://localhost:${port}`
		}
	}
});
