// The kiosk reloads offline only if its service worker has kept every module kiosk.js imports. The
// kiosk page lists them (modulepreload links) and kiosk.js fetches each once more for the worker:
// the list must be the whole import graph, no more and no less.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const web = new URL('../../src/MassageRoutines.Web/', import.meta.url);
const read = path => readFileSync(new URL(path, web), 'utf8');

function importsOf(module, seen = new Set()) {
  for (const [, name] of read(`wwwroot/js/${module}`).matchAll(/^import .* from '\.\/([\w-]+\.js)';$/gm)) {
    if (!seen.has(name)) {
      seen.add(name);
      importsOf(name, seen);
    }
  }
  return seen;
}

test('the kiosk page preloads exactly the modules kiosk.js imports', () => {
  const imported = [...importsOf('kiosk.js')].sort();
  const preloaded = [...read('Pages/Kiosk/Index.cshtml').matchAll(/<link rel="modulepreload" href="\/js\/([\w-]+\.js)">/g)].map(m => m[1]).sort();
  assert.ok(imported.includes('player-clock.js'), `the import graph was not read: ${imported}`);
  assert.deepEqual(preloaded, imported);
});
