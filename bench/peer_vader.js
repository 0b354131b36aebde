// VADER peer for make bench: node peer_vader.js NODE_MODULES_DIR < LINES > SCORES
// One sentence per line in; one compound score per line out (vader-sentiment from npm, the
// JavaScript port of VADER, no training). Streams line by line, so memory stays bounded.
'use strict';
const path = require('path');
const readline = require('readline');
const vader = require(path.join(process.argv[2], 'vader-sentiment'));
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
let n = 0;
rl.on('line', (line) => {
  out.push(vader.SentimentIntensityAnalyzer.polarity_scores(line).compound.toFixed(4));
  if (out.length >= 10000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  n++;
});
rl.on('close', () => {
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  process.stderr.write(JSON.stringify({ sentences: n }) + '\n');
});
