// expect: syntax
with (globalThis) { return Java; }
