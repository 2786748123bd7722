// expect: script
return eval('Java.type("java.lang.System")');
