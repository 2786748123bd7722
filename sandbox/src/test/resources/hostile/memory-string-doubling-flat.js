// expect: memory|script
// kind: action
let s = 'xy';
for (let i = 0; i < 29; i++) { s = (s + s).toUpperCase(); }
return s.length;
