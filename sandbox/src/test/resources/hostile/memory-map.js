// expect: memory
// kind: action
const m = new Map();
for (let i = 0; ; i++) { m.set(i, { a: i, b: [i, i, i], c: 'v' + i }); }
