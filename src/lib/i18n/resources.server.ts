// Every translation of every language, for the server only: SvelteKit refuses to bundle a
// `.server` module into browser code, so these strings can never reach the client bundle again.
// A page receives its own language's namespaces from /i18n/<lang>/<namespace> (see ./messages.ts).
import arCommon from './locales/ar/common.json';
import enCommon from './locales/en/common.json';
import arPlay from './locales/ar/play.json';
import enPlay from './locales/en/play.json';
import arClassroom from './locales/ar/classroom.json';
import enClassroom from './locales/en/classroom.json';

export const resources = {
	ar: { common: arCommon, play: arPlay, classroom: arClassroom },
	en: { common: enCommon, play: enPlay, classroom: enClassroom }
} as const;
