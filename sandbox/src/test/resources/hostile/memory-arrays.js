// expect: memory
// kind: action
const keep = [];
for (let i = 0; ; i++) { keep.push(new Array(1000).fill(i)); }
