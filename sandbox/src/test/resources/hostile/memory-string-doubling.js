// expect: memory|script
// kind: action
let s = 'x';
for (let i = 0; i < 60; i++) { s += s; }
return s.length;
