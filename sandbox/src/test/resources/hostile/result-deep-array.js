// expect: result
let a = [];
for (let i = 0; i < 3000; i++) { a = [a]; }
return a;
