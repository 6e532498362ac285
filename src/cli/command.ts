// The shape every `npm run questions -- <command>` module exports.
export interface Command {
	describe: string;
	/** Runs with the arguments after the command name; resolves to the process exit code. */
	run(args: string[]): Promise<number>;
}
