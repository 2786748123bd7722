// expect: memory
// kind: action
const a = [];
for (;;) { a.push('x'.repeat(100000) + Math.random()); }
