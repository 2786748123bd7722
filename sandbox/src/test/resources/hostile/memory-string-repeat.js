// expect: memory|script
// kind: action
return 'x'.repeat(2 ** 29).length;
