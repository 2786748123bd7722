// expect: memory|script
// kind: action
return new Array(1e9).fill(0).length;
