// Plain JavaScript on purpose: this must run, and explain itself, on the system's Node 20 too.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
	console.error(
		`KVP-nettverket needs Node 24, but these scripts are running on Node ${process.version} (${process.execPath}). ` +
			'The project installs its own Node 24 as the "node" dev dependency: run "npm install" (with install scripts allowed), ' +
			'then use "npm start", "npm test" or "npm run dev", which put node_modules/.bin first on PATH.',
	);
	process.exit(1);
}
