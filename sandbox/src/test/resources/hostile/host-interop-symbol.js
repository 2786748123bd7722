// expect: script
const names = Object.getOwnPropertyNames(globalThis).filter(n => /^(Java|Packages|Polyglot|Graal|java|javax)$/.test(n));
if (names.length === 0) { throw new Error('no host globals'); }
return names;
