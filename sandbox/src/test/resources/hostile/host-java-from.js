// expect: script
return Java.from([1, 2]);
