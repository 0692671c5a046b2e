#!/usr/bin/env node
// The `accroche` command. Sources are TypeScript, run through tsx's loader so that there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
