// expect: script
throw { toString() { return Java.type("java.lang.System").getenv("HOME"); } };
