// Benchmark of the extraction pipeline: the five seed articles (median and p95 over repeats) and a
// synthetic corpus of 1,000 variations at 250/500/1000 articles to show that time grows linearly,
// and one 5 MB file to show that a long article costs no more per character than a short one.
import { readArticlesDir, readLexicon } from '../../src/cli/inputs';
import { extractCorpus } from '../../src/lib/pipeline/extract';
import type { Lexicon } from '../../src/lib/pipeline/types';
import { buildBank } from '../../src/lib/questions';

export interface BenchReport {
	seed: { articles: number; repeats: number; medianMsPerArticle: number; p95MsPerArticle: number };
	scaling: { articles: number; totalMs: number; msPerArticle: number; facts: number }[];
	/** msPerArticle at the largest size divided by msPerArticle at the smallest: ~1 means linear. */
	linearity: number;
	/** One file of about 5 MB (the synthetic articles run together as a single article). */
	bigFile: { mb: number; ms: number; facts: number };
	peakHeapMb: number;
}

/** A small seeded PRNG (mulberry32) so the synthetic corpus is the same on every run. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Variations of the seed articles: shuffled lines, swapped numbers and swapped person names. */
export function syntheticCorpus(
	seeds: { id: string; text: string }[],
	lexicon: Lexicon,
	size: number
): { id: string; text: string }[] {
	const rand = random(20261123);
	const people = lexicon.entries.filter((e) => e.type === 'person').map((e) => e.ar[0] ?? '');
	const out: { id: string; text: string }[] = [];
	for (let i = 0; i < size; i++) {
		const seed = seeds[i % seeds.length];
		if (!seed) break;
		const lines = seed.text.split('\n');
		for (let k = lines.length - 1; k > 1; k--) {
			const j = 1 + Math.floor(rand() * k);
			[lines[k], lines[j]] = [lines[j] ?? '', lines[k] ?? ''];
		}
		let text = lines
			.join('\n')
			.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))));
		const a = people[Math.floor(rand() * people.length)] ?? '';
		const b = people[Math.floor(rand() * people.length)] ?? '';
		if (a && b) text = text.split(a).join('\u0000').split(b).join(a).split('\u0000').join(b);
		out.push({ id: `syn-${String(i).padStart(4, '0')}`, text });
	}
	return out;
}

/** The synthetic articles joined into one file of about `mb` megabytes of UTF-8. */
function bigArticle(corpus: { text: string }[], mb: number): string {
	const parts: string[] = [];
	let bytes = 0;
	for (let i = 0; bytes < mb * 1e6 && corpus.length; i++) {
		const text = corpus[i % corpus.length]?.text ?? '';
		parts.push(text);
		bytes += Buffer.byteLength(text, 'utf8') + 2;
	}
	return parts.join('\n\n');
}

/** The nearest-rank percentile of sorted values (p in 0…1), 0 for none. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

export function benchmarkPipeline(
	options: { repeats?: number; sizes?: number[]; rounds?: number; bigFileMb?: number } = {}
): BenchReport {
	const repeats = options.repeats ?? 30;
	const rounds = options.rounds ?? 2;
	const sizes = options.sizes ?? [1000, 10000];
	const lexicon = readLexicon();
	const { inputs } = readArticlesDir('questions/articles');
	let peak = 0;
	const sampleHeap = (): void => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	};
	// Warm-up: the first run pays for JIT compilation and memo tables.
	extractCorpus(inputs, lexicon);
	for (let r = 0; r < 5; r++) extractCorpus(inputs, lexicon);
	const times: number[] = [];
	for (let r = 0; r < repeats; r++) {
		const t = performance.now();
		extractCorpus(inputs, lexicon);
		times.push((performance.now() - t) / inputs.length);
		sampleHeap();
	}
	times.sort((a, b) => a - b);
	const corpus = syntheticCorpus(inputs, lexicon, Math.max(...sizes));
	extractCorpus(corpus.slice(0, Math.min(...sizes)), lexicon);
	// Best of a few rounds, sizes interleaved: a shared machine's noise only ever adds time.
	const best = new Map<number, { totalMs: number; facts: number }>();
	for (let round = 0; round < rounds; round++) {
		for (const n of sizes) {
			const t = performance.now();
			const result = extractCorpus(corpus.slice(0, n), lexicon);
			const totalMs = performance.now() - t;
			sampleHeap();
			const prev = best.get(n);
			if (!prev || totalMs < prev.totalMs) best.set(n, { totalMs, facts: result.facts.length });
		}
	}
	// One very long article: per-sentence work must not grow with the article's length.
	const bigText = bigArticle(corpus, options.bigFileMb ?? 5);
	let bigFile = { mb: Buffer.byteLength(bigText, 'utf8') / 1e6, ms: Infinity, facts: 0 };
	for (let round = 0; round < 2; round++) {
		const t = performance.now();
		const result = extractCorpus([{ id: 'big', text: bigText }], lexicon);
		const ms = performance.now() - t;
		sampleHeap();
		if (ms < bigFile.ms) bigFile = { mb: bigFile.mb, ms, facts: result.facts.length };
	}
	const scaling = sizes.map((n) => {
		const { totalMs, facts } = best.get(n) ?? { totalMs: 0, facts: 0 };
		return { articles: n, totalMs, msPerArticle: totalMs / n, facts };
	});
	const first = scaling[0];
	const last = scaling[scaling.length - 1];
	return {
		seed: {
			articles: inputs.length,
			repeats,
			medianMsPerArticle: percentile(times, 0.5),
			p95MsPerArticle: percentile(times, 0.95)
		},
		scaling,
		linearity: first && last ? last.msPerArticle / first.msPerArticle : 1,
		bigFile,
		peakHeapMb: peak / 1024 / 1024
	};
}

export interface GenerationPoint {
	articles: number;
	/** False when the estimate from the measured trend was over the time allowed for one size. */
	run: boolean;
	extractMs: number;
	buildMs: number;
	extractMsPerArticle: number;
	buildMsPerArticle: number;
	questions: number;
	/** The process's peak resident memory so far (it never goes down), MB. */
	peakRssMb: number;
	/** For a size not run: the time the measured trend predicts for it. */
	estimatedMs?: number;
}

export interface GenerationReport {
	/** The five seed articles (best of `seedRounds`), then the synthetic sizes (one run each). */
	points: GenerationPoint[];
	seedRounds: number;
	/** Per-size time limit: a size whose predicted extraction + generation exceeds it is not run. */
	limitMs: number;
	/** Log-log slope of total time against articles between the two largest measured sizes (1 = linear). */
	slope: number;
	/** buildBank ms/article at the largest measured synthetic size ÷ at the smallest. */
	buildGrowth: number;
	/** Extraction ms/article at the largest measured synthetic size ÷ at the smallest. */
	extractGrowth: number;
}

function slopeBetween(a: GenerationPoint, b: GenerationPoint): number {
	const ta = a.extractMs + a.buildMs;
	const tb = b.extractMs + b.buildMs;
	return Math.log(tb / ta) / Math.log(b.articles / a.articles);
}

/**
 * Extraction and question generation (`buildBank`, with no translations) together, as
 * `npm run questions` runs them: the seed articles, then synthetic corpora of growing size. Sizes
 * run in order; before each, the trend of the measured ones (never assumed better than linear)
 * predicts its time, and a size predicted over `limitMs` is reported as not run, with the larger ones.
 */
export function benchmarkGeneration(
	options: { sizes?: number[]; limitMs?: number; seedRounds?: number } = {}
): GenerationReport {
	const sizes = options.sizes ?? [1000, 2500, 10000];
	const limitMs = options.limitMs ?? 900_000;
	const seedRounds = options.seedRounds ?? 3;
	const lexicon = readLexicon();
	const { inputs } = readArticlesDir('questions/articles');
	const measure = (articles: { id: string; text: string }[]): GenerationPoint => {
		let t = performance.now();
		const extraction = extractCorpus(articles, lexicon);
		const extractMs = performance.now() - t;
		t = performance.now();
		const result = buildBank({
			articles: extraction.articles,
			facts: extraction.facts,
			lexicon,
			translations: []
		});
		const buildMs = performance.now() - t;
		return {
			articles: articles.length,
			run: true,
			extractMs,
			buildMs,
			extractMsPerArticle: extractMs / articles.length,
			buildMsPerArticle: buildMs / articles.length,
			questions: result.bank.questions.length,
			peakRssMb: process.resourceUsage().maxRSS / 1024
		};
	};
	measure(inputs); // warm-up
	let seed = measure(inputs);
	for (let r = 1; r < seedRounds; r++) {
		const next = measure(inputs);
		if (next.extractMs + next.buildMs < seed.extractMs + seed.buildMs) seed = next;
	}
	const points: GenerationPoint[] = [seed];
	const corpus = syntheticCorpus(inputs, lexicon, Math.max(...sizes));
	let stopped = false;
	for (const n of sizes) {
		const run = points.filter((p) => p.run);
		const last = run[run.length - 1] as GenerationPoint;
		const before = run[run.length - 2];
		const slope = Math.max(1, before ? slopeBetween(before, last) : 1);
		const estimatedMs = (last.extractMs + last.buildMs) * (n / last.articles) ** slope;
		if (stopped || (last !== seed && estimatedMs > limitMs)) {
			stopped = true;
			points.push({
				articles: n,
				run: false,
				extractMs: 0,
				buildMs: 0,
				extractMsPerArticle: 0,
				buildMsPerArticle: 0,
				questions: 0,
				peakRssMb: 0,
				estimatedMs
			});
			continue;
		}
		points.push(measure(corpus.slice(0, n)));
	}
	const measured = points.filter((p) => p.run && p.articles !== seed.articles);
	const small = measured[0];
	const large = measured[measured.length - 1];
	const prev = measured[measured.length - 2];
	return {
		points,
		seedRounds,
		limitMs,
		slope: prev && large ? slopeBetween(prev, large) : 1,
		buildGrowth: small && large ? large.buildMsPerArticle / small.buildMsPerArticle : 1,
		extractGrowth: small && large ? large.extractMsPerArticle / small.extractMsPerArticle : 1
	};
}
