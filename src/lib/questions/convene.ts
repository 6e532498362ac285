// Whether a host is told as convening the meeting («يعتزم رئيس المجلس الأوروبي عقد اجتماع للزعيمين»,
// «عقد ميشيل اجتماعاً بين …»): its name stands right before or right after a form of «عقد».
import { normalizeArabic } from '../pipeline/normalize';

const HOLD = /^[وف]?(?:ل|ب)?(?:عقد|يعقد|تعقد|سيعقد|ستعقد|عقدت)$/;

export function convenes(sentence: string, span: [number, number]): boolean {
	const before = /([\p{L}\p{M}]+)\s+$/u.exec(sentence.slice(0, span[0]))?.[1];
	const after = /^\s+([\p{L}\p{M}]+)/u.exec(sentence.slice(span[1]))?.[1];
	return [before, after].some((w) => w !== undefined && HOLD.test(normalizeArabic(w)));
}
