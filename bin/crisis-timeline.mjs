#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader (a devDependency, installed by `npm ci`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
