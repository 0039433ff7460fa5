#!/usr/bin/env node
// The `galaxy` command. Node 24 runs the TypeScript sources directly (type stripping).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
	console.error(
		`galaxy needs Node.js 24 or newer; this is ${process.version}.\n` +
			'Run it through npm (npm start, npx galaxy …), which uses the Node 24 the project installs.'
	);
	process.exit(1);
}
await import('../src/cli/main.ts');
