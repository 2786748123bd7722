// expect: memory|time
// kind: action
let f = () => 0;
for (;;) { const big = new Array(10000).fill(1); const g = f; f = () => g() + big.length; }
