// expect: result
// kind: action
return new Array(300000).fill('abcdef');
