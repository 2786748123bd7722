// expect: time
eval('while (true) {}');
