// expect: time
for (;;) { /(x+x+)+y/.test('x'.repeat(30)); }
