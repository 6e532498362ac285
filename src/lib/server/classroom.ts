// Class games on top of the data file. Each move is one Store update that reads the saved class,
// checks it with the pure rules in $lib/classroom, and only then changes it; the move is answered
// once it is on disk, and open event streams hear about it after that.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import {
	acceptAssignmentAnswer,
	assignmentOpen,
	nextAssignmentQuestion,
	type StudentProgress
} from '$lib/classroom/assignment';
import { newJoinCode } from '$lib/classroom/join-code';
import { acceptLiveAnswer, liveStage, teacherMove, type TeacherMove } from '$lib/classroom/live';
import { nicknameKey, suggestNickname } from '$lib/classroom/nickname';
import { RateLimiter } from '$lib/classroom/rate-limit';
import { newClassRecord, newStudent, seatStudent } from '$lib/classroom/record';
import {
	ClassRuleError,
	type ClassMode,
	type ClassRecord,
	type ClassStudent
} from '$lib/classroom/types';
import { questionBank, type BankQuestion } from './bank';
import type { AssignmentChange, SavedChange } from './changes';
import type { ClassCollection } from './classroom-schema';
import type { CookieReader } from './cookie-header';
import { publish, watchDeadline } from './classroom-hub';
import { database, openedDatabase } from './db';
import type { AppData } from './schema';
import type { Store } from './store';

export const maxStudents = 500;

function token(bytes: number): string {
	return randomBytes(bytes).toString('base64url');
}

function randomUnit(): number {
	return randomBytes(4).readUInt32BE() / 2 ** 32;
}

/** A data file from before classes existed has no "classes": it reads as none, and gets them on write. */
function classesOf(data: AppData): ClassCollection {
	data.classes ??= {};
	return data.classes;
}

function savedClasses(data: Readonly<AppData>): Readonly<ClassCollection> {
	return data.classes ?? {};
}

/** A saved class by id; an id such as "constructor" names no class (not Object's own members). */
function savedClass(data: Readonly<AppData>, classId: string): ClassRecord | undefined {
	const classes = savedClasses(data);
	return Object.hasOwn(classes, classId) ? classes[classId] : undefined;
}

const idPattern = /^[A-Za-z0-9_-]{22}$/u;
const tokenPattern = /^[A-Za-z0-9_-]{32,64}$/u;

/** The question from the bank, or an error if the bank was regenerated without it. */
export function classQuestion(id: string): BankQuestion {
	const question = questionBank().question(id);
	if (!question) throw new Error(`Question ${id} is no longer in the question bank`);
	return question;
}

export interface CreateClass {
	mode: ClassMode;
	timed: boolean;
	questions: BankQuestion[];
	deadline: number | null;
}

export async function createClass(spec: CreateClass, now = Date.now()): Promise<ClassRecord> {
	const db = await database();
	return db.update((data) => {
		const classes = classesOf(data);
		const codes = new Set(Object.values(classes).map((cls) => cls.code));
		const record = newClassRecord(
			{
				id: token(16),
				code: newJoinCode(randomUnit, (code) => codes.has(code)),
				teacherToken: token(32),
				mode: spec.mode,
				timed: spec.timed,
				questions: spec.questions.map((q) => ({ id: q.id, optionCount: q.options.length })),
				deadline: spec.deadline
			},
			now
		);
		classes[record.id] = record;
		return record;
	});
}

/** A saved class by an id from a request: null for a malformed id or none saved. */
function classById(data: Readonly<AppData>, id: string): ClassRecord | null {
	return (idPattern.test(id) && savedClass(data, id)) || null;
}

export async function findClass(id: string): Promise<ClassRecord | null> {
	if (!idPattern.test(id)) return null;
	return classById((await database()).data, id);
}

/** A saved class, read now: null when there is none, undefined while the data file is not open yet. */
export function findClassNow(id: string): ClassRecord | null | undefined {
	const db = openedDatabase();
	return db ? classById(db.data, id) : undefined;
}

function sameSecret(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

export async function findClassByToken(teacherToken: string): Promise<ClassRecord | null> {
	if (!tokenPattern.test(teacherToken)) return null;
	const db = await database();
	for (const cls of Object.values(savedClasses(db.data))) {
		if (sameSecret(cls.teacherToken, teacherToken)) return cls;
	}
	return null;
}

export async function findClassByCode(code: string): Promise<ClassRecord | null> {
	const db = await database();
	return Object.values(savedClasses(db.data)).find((cls) => cls.code === code) ?? null;
}

/** Whether a class still takes new students. */
export function classOpen(cls: ClassRecord, now: number): boolean {
	return cls.mode === 'live' ? cls.live.phase !== 'finished' : assignmentOpen(cls, now);
}

// Cookies: the student's seat per class, and the teacher's key once the private link was opened.
const seatCookie = (classId: string) => `tq-seat-${classId}`;
const teacherCookie = (classId: string) => `tq-teach-${classId}`;
const cookieLife = 60 * 60 * 24 * 30;

function cookieOptions(url: URL, path: string) {
	// Plain http on a classroom network is normal here: only ask for https when the page uses it.
	return {
		path,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: cookieLife
	};
}

export function setSeatCookie(
	cookies: Cookies,
	url: URL,
	cls: ClassRecord,
	student: ClassStudent
): void {
	cookies.set(seatCookie(cls.id), `${student.id}.${student.seat}`, cookieOptions(url, '/class'));
}

/** The student this browser sits as in `cls`, or null. */
export function seatOf(cls: ClassRecord, cookies: CookieReader): ClassStudent | null {
	const value = cookies.get(seatCookie(cls.id));
	if (!value) return null;
	const [id = '', seat = ''] = value.split('.');
	const student = Object.hasOwn(cls.students, id) ? cls.students[id] : undefined;
	return student && sameSecret(student.seat, seat) ? student : null;
}

export function setTeacherCookie(cookies: Cookies, url: URL, cls: ClassRecord): void {
	cookies.set(teacherCookie(cls.id), cls.teacherToken, cookieOptions(url, '/teach'));
}

export function isTeacher(cls: ClassRecord, cookies: CookieReader): boolean {
	const value = cookies.get(teacherCookie(cls.id));
	return value !== undefined && sameSecret(cls.teacherToken, value);
}

export type JoinResult =
	| { ok: true; cls: ClassRecord; student: ClassStudent }
	| { ok: false; reason: 'unknownCode' | 'expired' | 'full' }
	| { ok: false; reason: 'taken'; suggestion: string };

export async function joinClass(
	code: string,
	nickname: string,
	now = Date.now()
): Promise<JoinResult> {
	const db = await database();
	const result = await db.update((data): JoinResult => {
		const cls = Object.values(classesOf(data)).find((candidate) => candidate.code === code);
		if (!cls) return { ok: false, reason: 'unknownCode' };
		if (!classOpen(cls, now)) return { ok: false, reason: 'expired' };
		if (cls.roster.length >= maxStudents) return { ok: false, reason: 'full' };
		const taken = (key: string) => Object.hasOwn(cls.nicknames, key);
		if (taken(nicknameKey(nickname))) {
			return { ok: false, reason: 'taken', suggestion: suggestNickname(nickname, taken) };
		}
		const student = newStudent(cls, token(9), token(24), nickname, now);
		seatStudent(cls, student);
		return { ok: true, cls, student };
	});
	if (result.ok) publish(result.cls.id, 'roster');
	return result;
}

/** Applies a change to one saved class; the change must check everything before it mutates. */
async function changeClass<R>(classId: string, change: (cls: ClassRecord) => R): Promise<R> {
	const db = await database();
	return db.update((data) => {
		const cls = classesOf(data)[classId];
		if (!cls) throw new ClassRuleError('finished');
		return change(cls);
	});
}

function studentIn(cls: ClassRecord, studentId: string): ClassStudent {
	const student = Object.hasOwn(cls.students, studentId) ? cls.students[studentId] : undefined;
	if (!student) throw new ClassRuleError('finished');
	return student;
}

/** A student's answer to question `index`. Resolves once it is on disk: only then is it acknowledged. */
export function answerInClass(
	classId: string,
	studentId: string,
	index: number,
	choice: number,
	now = Date.now()
): Promise<void> {
	// No await once the store is open: under a class's burst each one costs the answer a turn of
	// the microtask queue and, with SvelteKit's async context on, promise hooks.
	const db = openedDatabase();
	if (!db)
		return database().then((opened) =>
			recordAnswer(opened, classId, studentId, index, choice, now)
		);
	return recordAnswer(db, classId, studentId, index, choice, now);
}

function recordAnswer(
	db: Store<AppData, SavedChange>,
	classId: string,
	studentId: string,
	index: number,
	choice: number,
	now: number
): Promise<void> {
	try {
		const questionId = savedClass(db.data, classId)?.questions[index];
		const question = questionId === undefined ? undefined : questionBank().question(questionId);
		const key = question ? { answer: question.answer, optionCount: question.options.length } : null;
		// Saved as one journal line (see changes.ts): the scored answer, not the request.
		const saving = db.record((data) => {
			const saved = savedClass(data, classId);
			if (!saved) throw new ClassRuleError('finished');
			if (!key) throw new ClassRuleError('notCurrent');
			const student = studentIn(saved, studentId);
			if (saved.mode === 'live') {
				const before = liveStage(saved, now);
				const { answer, streak } = acceptLiveAnswer(saved, student, index, choice, key, now);
				return {
					change: { kind: 'liveAnswer', classId, studentId, index, answer, streak },
					// The last answer closes the question: everyone's page must hear it.
					result: () => liveStage(saved, now) !== before
				};
			}
			const progress = acceptAssignmentAnswer(saved, student, index, choice, key, now);
			return { change: assignmentChange(classId, studentId, index, progress), result: () => false };
		});
		return saving.then((stageChanged) => publish(classId, stageChanged ? 'state' : 'answer'));
	} catch (cause) {
		return Promise.reject(cause as Error);
	}
}

function assignmentChange(
	classId: string,
	studentId: string,
	index: number,
	progress: StudentProgress
): AssignmentChange {
	return { kind: 'assignment', classId, studentId, index, ...progress };
}

export async function nextInAssignment(
	classId: string,
	studentId: string,
	now = Date.now()
): Promise<void> {
	const db = await database();
	await db.record((data) => {
		const cls = savedClass(data, classId);
		if (!cls) throw new ClassRuleError('finished');
		if (cls.mode !== 'assignment') throw new ClassRuleError('wrongPhase');
		const student = studentIn(cls, studentId);
		const progress = nextAssignmentQuestion(cls, student, now);
		return {
			change: assignmentChange(classId, studentId, student.current, progress),
			result: () => undefined
		};
	});
	publish(classId, 'answer');
}

export async function moveLiveGame(
	classId: string,
	move: TeacherMove,
	now = Date.now()
): Promise<void> {
	const cls = await changeClass(classId, (saved) => {
		if (saved.mode !== 'live') throw new ClassRuleError('wrongPhase');
		const live = teacherMove(saved, move, now);
		saved.live = live;
		if (live.phase === 'finished') saved.closedAt = now;
		return saved;
	});
	watchDeadline(cls, now);
	publish(classId, 'state');
}

export async function setLeaderboardHidden(classId: string, hidden: boolean): Promise<void> {
	await changeClass(classId, (cls) => {
		cls.hideLeaderboard = hidden;
	});
	publish(classId, 'state');
}

export async function closeAssignment(classId: string, now = Date.now()): Promise<void> {
	await changeClass(classId, (cls) => {
		if (cls.mode !== 'assignment') throw new ClassRuleError('wrongPhase');
		if (cls.closedAt !== null) throw new ClassRuleError('closed');
		cls.closedAt = now;
	});
	publish(classId, 'state');
}

/** Joining: at most 60 attempts a minute from one address (a class behind one router still fits). */
export const joinLimiter = new RateLimiter(60, 60_000);
