// expect: time
// kind: action
let x = 0;
for (let i = 0; ; i++) { x += i; }
