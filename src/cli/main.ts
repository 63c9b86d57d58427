#!/usr/bin/env node
/** The `jsv` command line (placeholder until the CLI lands). */
console.log('jsv: the command line is coming');
