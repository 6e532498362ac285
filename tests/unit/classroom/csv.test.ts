import { describe, expect, it } from 'vitest';
import { classCsv, csvCell, csvDocument, type CsvLabels } from '$lib/classroom/csv';
import { newClassRecord, newStudent, recordLiveAnswer, seatStudent } from '$lib/classroom/record';

describe('CSV cells', () => {
	it('turns would-be formulas into text', () => {
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+972')).toBe("'+972");
		expect(csvCell('-5')).toBe("'-5");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell(5)).toBe('5');
	});

	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('starts with a byte-order mark and ends lines with CRLF', () => {
		const text = csvDocument([['سارة', 1]]);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text).toBe('\uFEFFسارة,1\r\n');
	});
});

describe('class CSV', () => {
	it('has one row per student and one per answer', () => {
		const cls = newClassRecord(
			{
				id: 'c',
				code: '123456',
				teacherToken: 't',
				mode: 'live',
				timed: false,
				questions: [
					{ id: 'q1', optionCount: 2 },
					{ id: 'q2', optionCount: 2 }
				],
				deadline: null
			},
			0
		);
		const a = newStudent(cls, 'a', 's', '=cmd', 0);
		const b = newStudent(cls, 'b', 's', 'سارة', 0);
		seatStudent(cls, a);
		seatStudent(cls, b);
		const answer = (question: string, choice: number, correct: boolean) => ({
			question,
			choice,
			correct,
			points: correct ? 100 : 0,
			speedBonus: 0,
			streakBonus: 0,
			elapsedMs: 2500,
			answeredAt: 1
		});
		recordLiveAnswer(cls, b, 0, answer('q1', 0, true), 1);
		recordLiveAnswer(cls, a, 0, answer('q1', 1, false), 0);
		const labels: CsvLabels = {
			headers: [
				'row',
				'nickname',
				'rank',
				'points',
				'right',
				'question',
				'text',
				'chosen',
				'correct',
				'seconds'
			],
			student: 'student',
			answer: 'answer',
			yes: 'yes',
			no: 'no',
			noAnswer: '-'
		};
		const lines = classCsv(
			cls,
			[
				{ prompt: 'Who?', options: ['X', 'Y'], answer: 0 },
				{ prompt: 'When?', options: ['1', '2'], answer: 1 }
			],
			labels
		)
			.slice(1)
			.trimEnd()
			.split('\r\n');
		expect(lines).toEqual([
			'row,nickname,rank,points,right,question,text,chosen,correct,seconds',
			'student,سارة,1,100,1,2,,,,',
			"student,'=cmd,2,0,0,2,,,,",
			'answer,سارة,,100,,1,Who?,X,yes,2.5',
			"answer,'=cmd,,0,,1,Who?,Y,no,2.5"
		]);
	});
});
