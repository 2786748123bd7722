// expect: script|time
throw { toString() { for (;;) {} } };
