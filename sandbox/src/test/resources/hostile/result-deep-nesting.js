// expect: result|time|memory
// kind: action
let o = {};
for (let i = 0; i < 1e6; i++) { o = { o: o }; }
return o;
