// expect: time
for (;;) {}
