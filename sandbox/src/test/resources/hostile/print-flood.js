// expect: script
for (;;) { print('x'.repeat(1000)); }
