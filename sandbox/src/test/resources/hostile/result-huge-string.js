// expect: result
// kind: action
return 'x'.repeat(2e6);
