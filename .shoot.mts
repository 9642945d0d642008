import { serveBuild } from './scripts/serve.ts';
import { openBrowser } from './tests/e2e/browser.ts';
const served = await serveBuild('/work/h18/build');
const shots = JSON.parse(process.argv[2]) as [string, number, string, string?][];
for (const [path, width, name, selector] of shots) {
	const s = await openBrowser(served.url, { width, height: width < 500 ? 740 : 900 });
	const response = await s.page.goto(served.url + path);
	await s.page.waitForTimeout(2500);
	if (selector) await s.page.locator(selector).first().screenshot({ path: `/tmp/h18shots/${name}.png` });
	else await s.page.screenshot({ path: `/tmp/h18shots/${name}.png`, fullPage: process.env.FULL === '1' });
	console.log(name, response?.status(), s.page.url(), JSON.stringify(s.consoleErrors).slice(0, 300));
	await s.close();
}
await served.close();
