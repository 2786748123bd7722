// expect: time
return /^(?:(a)|a)+\1?$/.test('a'.repeat(40) + 'b');
