// expect: time
return { get value() { for (;;) {} } };
