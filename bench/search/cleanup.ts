/**
 * What must be undone however the run ends (servers, pools, databases, temporary files), run
 * last-in first-out, each step even when an earlier one failed.
 */
export class Cleanup {
	#steps: { label: string; run: () => Promise<void> }[] = [];

	/** Registers a step; returns a function that runs it now (once) and unregisters it. */
	add(label: string, run: () => Promise<void>): () => Promise<void> {
		const step = { label, run };
		this.#steps.push(step);
		return async () => {
			const index = this.#steps.indexOf(step);
			if (index === -1) return;
			this.#steps.splice(index, 1);
			await run();
		};
	}

	/** Runs every registered step; answers whether all succeeded. */
	async runAll(): Promise<boolean> {
		let ok = true;
		while (this.#steps.length > 0) {
			const step = this.#steps.pop()!;
			try {
				await step.run();
			} catch (error) {
				ok = false;
				console.error(`Cleanup failed (${step.label}):`, error);
			}
		}
		return ok;
	}
}
