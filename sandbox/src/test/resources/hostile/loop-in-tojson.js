// expect: time
return { toJSON() { while (true) {} } };
