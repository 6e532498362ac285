// `npm run bench`: runs the pipeline benchmark and prints a readable report and one JSON line.
import { benchmarkPipeline } from './pipeline';

const report = benchmarkPipeline();
const ms = (x: number): string => `${x.toFixed(2)} ms`;
console.log('Extraction benchmark');
console.log(
	`  seed articles (${report.seed.articles}, ${report.seed.repeats} repeats): median ${ms(report.seed.medianMsPerArticle)}/article, p95 ${ms(report.seed.p95MsPerArticle)}/article`
);
for (const s of report.scaling)
	console.log(
		`  ${String(s.articles).padStart(5)} articles: ${ms(s.totalMs)} total, ${ms(s.msPerArticle)}/article, ${s.facts} facts`
	);
console.log(
	`  linearity (ms/article at largest ÷ smallest size): ${report.linearity.toFixed(2)} (≈1 is linear)`
);
console.log(
	`  one ${report.bigFile.mb.toFixed(1)} MB file: ${ms(report.bigFile.ms)}, ${report.bigFile.facts} facts`
);
console.log(`  peak heap: ${report.peakHeapMb.toFixed(1)} MB`);
console.log(JSON.stringify(report));
