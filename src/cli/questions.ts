// `npm run questions -- <command> [options]`: the offline pipeline's command line.
// Each command lives in its own module; this file only dispatches and turns errors into clear messages.
import type { Command } from './command';

const commands: Record<string, () => Promise<Command>> = {
	extract: async () => (await import('./extract-command')).extractCommand,
	build: async () => (await import('./build-command')).buildCommand,
	check: async () => (await import('./check-command')).checkCommand
};

function usage(): string {
	return [
		'usage: npm run questions -- <command> [options]',
		'',
		'  extract --articles <dir> [--out <file>]   extract facts from every .txt article as JSON',
		'  build [--articles <dir>] [--out <file>]   extract facts and write the question bank',
		'  check                                     fail when the committed bank is out of date or breaks a rule'
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h') {
		console.log(usage());
		return name ? 0 : 2;
	}
	const load = commands[name];
	if (!load) {
		console.error(`unknown command «${name}»\n\n${usage()}`);
		return 2;
	}
	const command = await load();
	return command.run(rest);
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
);
