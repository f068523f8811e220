#!/usr/bin/env node
// Extracts the ABI and creation bytecode of a forge artifact for abigen:
//   tools/artifact.js build/forge/out/Registry.sol/Registry.json OUTDIR
// writes OUTDIR/<Name>.abi and OUTDIR/<Name>.bin.
'use strict';
const fs = require('fs');
const path = require('path');
const [artifactPath, outDir] = process.argv.slice(2);
if (!artifactPath || !outDir) {
  process.stderr.write('usage: artifact.js ARTIFACT.json OUTDIR\n');
  process.exit(2);
}
const artifact = JSON.parse(fs.readFileSync(artifactPath, 'utf8'));
const name = path.basename(artifactPath, '.json');
const bytecode = (artifact.bytecode && artifact.bytecode.object) || '';
if (!Array.isArray(artifact.abi) || !bytecode.startsWith('0x') || bytecode.length <= 2) {
  process.stderr.write(`${artifactPath}: no ABI or bytecode (abstract contract or interface?)\n`);
  process.exit(1);
}
if (bytecode.includes('__$')) {
  process.stderr.write(`${artifactPath}: unlinked library references are not supported\n`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(artifact.abi));
fs.writeFileSync(path.join(outDir, `${name}.bin`), bytecode.slice(2));
