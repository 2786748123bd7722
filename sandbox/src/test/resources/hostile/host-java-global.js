// expect: script
return java.lang.System.getenv();
