// expect: memory|script
// kind: action
const parts = [];
for (;;) { parts.push(new Float64Array(1 << 20)); }
