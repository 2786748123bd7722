// expect: time
while (true) {}
